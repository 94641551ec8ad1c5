package org.jwps.api.exception;

/** Stored or asynchronous execution was asked of a process that does not support it (WPS {@code StorageNotSupported}). */
public class StorageNotSupportedException extends WpsException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message the text shown to the client
     * @param locator the parameter, e.g. {@code storeExecuteResponse}
     */
    public StorageNotSupportedException(String message, String locator) {
        super(ExceptionCode.STORAGE_NOT_SUPPORTED, message, locator);
    }

    /**
     * @param message the text shown to the client
     * @param locator the parameter, e.g. {@code storeExecuteResponse}
     * @param cause   the underlying failure, logged but not shown to the client
     */
    public StorageNotSupportedException(String message, String locator, Throwable cause) {
        super(ExceptionCode.STORAGE_NOT_SUPPORTED, message, locator, cause);
    }
}
