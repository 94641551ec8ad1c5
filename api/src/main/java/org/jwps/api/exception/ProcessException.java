package org.jwps.api.exception;

/**
 * A failure a process reports to its user, with a message meant for that user (PyWPS's
 * {@code ProcessError}).
 *
 * <p>The message reaches the client as the {@code ExceptionText} of a {@code NoApplicableCode}
 * exception (synchronous) or of the failed status (asynchronous). Any other exception thrown by
 * a process is logged and reported with a generic message, so internals never leak.
 */
public class ProcessException extends WpsException {
    private static final long serialVersionUID = 1L;

    /** @param message the text shown to the client */
    public ProcessException(String message) {
        super(ExceptionCode.NO_APPLICABLE_CODE, message, null);
    }

    /**
     * @param message the text shown to the client
     * @param cause   the underlying failure, logged but not shown to the client
     */
    public ProcessException(String message, Throwable cause) {
        super(ExceptionCode.NO_APPLICABLE_CODE, message, null, cause);
    }
}
