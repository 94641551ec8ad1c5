package org.jwps.api.exception;

/** A failure no other code describes (OWS {@code NoApplicableCode}). */
public class NoApplicableCodeException extends WpsException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message the text shown to the client
     * @param locator what the failure refers to, or {@code null}
     */
    public NoApplicableCodeException(String message, String locator) {
        super(ExceptionCode.NO_APPLICABLE_CODE, message, locator);
    }

    /**
     * @param message the text shown to the client
     * @param locator what the failure refers to, or {@code null}
     * @param cause   the underlying failure, logged but not shown to the client
     */
    public NoApplicableCodeException(String message, String locator, Throwable cause) {
        super(ExceptionCode.NO_APPLICABLE_CODE, message, locator, cause);
    }
}
