package org.jwps.api.exception;

import java.util.Objects;

/**
 * A failure reported to the WPS client as an OWS exception.
 *
 * <p>The message is shown to the client as {@code ExceptionText}, so it must say what is wrong
 * in the client's terms and must not carry server internals (paths, stack traces, class names).
 * Unchecked, so data accessors and processes can throw it without ceremony.
 */
public class WpsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ExceptionCode code;
    private final String locator;

    /**
     * @param code    the OWS exception code
     * @param message the text shown to the client
     * @param locator what the exception refers to (a parameter or input identifier), or {@code null}
     */
    public WpsException(ExceptionCode code, String message, String locator) {
        this(code, message, locator, null);
    }

    /**
     * @param code    the OWS exception code
     * @param message the text shown to the client
     * @param locator what the exception refers to, or {@code null}
     * @param cause   the underlying failure, logged by the server but never shown to the client
     */
    public WpsException(ExceptionCode code, String message, String locator, Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
        this.locator = locator;
    }

    /** @return the OWS exception code */
    public ExceptionCode code() {
        return code;
    }

    /**
     * @return the HTTP status of a response carrying this exception; by default the status of
     *         its {@link #code() code}
     */
    public int httpStatus() {
        return code.httpStatus();
    }

    /** @return the locator, or {@code null} when the exception refers to nothing in particular */
    public String locator() {
        return locator;
    }
}
