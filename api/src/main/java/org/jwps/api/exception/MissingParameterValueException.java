package org.jwps.api.exception;

/** A mandatory parameter or input is absent (OWS {@code MissingParameterValue}). */
public class MissingParameterValueException extends WpsException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message the text shown to the client
     * @param locator the parameter or input identifier
     */
    public MissingParameterValueException(String message, String locator) {
        super(ExceptionCode.MISSING_PARAMETER_VALUE, message, locator);
    }

    /**
     * @param message the text shown to the client
     * @param locator the parameter or input identifier
     * @param cause   the underlying failure, logged but not shown to the client
     */
    public MissingParameterValueException(String message, String locator, Throwable cause) {
        super(ExceptionCode.MISSING_PARAMETER_VALUE, message, locator, cause);
    }
}
