package org.jwps.api;

/**
 * Complex input data is not valid for its format. The message says what is wrong in words a
 * client can act on (the line and column of an XML error, the bad coordinate, the missing
 * {@code .shx}); the server reports it as InvalidParameterValue with the input identifier as locator.
 */
public class ValidationException extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong with the data */
    public ValidationException(String message) {
        super(message);
    }

    /**
     * @param message what is wrong with the data
     * @param cause   the reader's or parser's exception
     */
    public ValidationException(String message, Throwable cause) {
        super(message, cause);
    }
}
