package org.jwps.api.exception;

/** A parameter or input has a value the server cannot accept (OWS {@code InvalidParameterValue}). */
public class InvalidParameterValueException extends WpsException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message the text shown to the client
     * @param locator the parameter or input identifier
     */
    public InvalidParameterValueException(String message, String locator) {
        super(ExceptionCode.INVALID_PARAMETER_VALUE, message, locator);
    }

    /**
     * @param message the text shown to the client
     * @param locator the parameter or input identifier
     * @param cause   the underlying failure, logged but not shown to the client
     */
    public InvalidParameterValueException(String message, String locator, Throwable cause) {
        super(ExceptionCode.INVALID_PARAMETER_VALUE, message, locator, cause);
    }
}
