package org.jwps.api.exception;

/** The requested operation is not implemented (OWS {@code OperationNotSupported}). */
public class OperationNotSupportedException extends WpsException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message the text shown to the client
     * @param locator the name of the operation
     */
    public OperationNotSupportedException(String message, String locator) {
        super(ExceptionCode.OPERATION_NOT_SUPPORTED, message, locator);
    }

    /**
     * @param message the text shown to the client
     * @param locator the name of the operation
     * @param cause   the underlying failure, logged but not shown to the client
     */
    public OperationNotSupportedException(String message, String locator, Throwable cause) {
        super(ExceptionCode.OPERATION_NOT_SUPPORTED, message, locator, cause);
    }
}
