package org.jwps.api.exception;

/** An input or the request is larger than the configured limit (WPS {@code FileSizeExceeded}). */
public class FileSizeExceededException extends WpsException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message the text shown to the client
     * @param locator the input identifier, or {@code null} for the whole request
     */
    public FileSizeExceededException(String message, String locator) {
        super(ExceptionCode.FILE_SIZE_EXCEEDED, message, locator);
    }

    /**
     * @param message the text shown to the client
     * @param locator the input identifier, or {@code null} for the whole request
     * @param cause   the underlying failure, logged but not shown to the client
     */
    public FileSizeExceededException(String message, String locator, Throwable cause) {
        super(ExceptionCode.FILE_SIZE_EXCEEDED, message, locator, cause);
    }
}
