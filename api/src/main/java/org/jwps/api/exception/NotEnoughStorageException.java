package org.jwps.api.exception;

/** The server lacks the storage for the response (WPS {@code NotEnoughStorage}). */
public class NotEnoughStorageException extends WpsException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message the text shown to the client
     * @param locator what needed the storage, or {@code null}
     */
    public NotEnoughStorageException(String message, String locator) {
        super(ExceptionCode.NOT_ENOUGH_STORAGE, message, locator);
    }

    /**
     * @param message the text shown to the client
     * @param locator what needed the storage, or {@code null}
     * @param cause   the underlying failure, logged but not shown to the client
     */
    public NotEnoughStorageException(String message, String locator, Throwable cause) {
        super(ExceptionCode.NOT_ENOUGH_STORAGE, message, locator, cause);
    }
}
