package org.jwps.api.exception;

/** No version in {@code AcceptVersions} is supported (OWS {@code VersionNegotiationFailed}). */
public class VersionNegotiationFailedException extends WpsException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message the text shown to the client
     * @param locator the parameter, usually {@code AcceptVersions}
     */
    public VersionNegotiationFailedException(String message, String locator) {
        super(ExceptionCode.VERSION_NEGOTIATION_FAILED, message, locator);
    }

    /**
     * @param message the text shown to the client
     * @param locator the parameter, usually {@code AcceptVersions}
     * @param cause   the underlying failure, logged but not shown to the client
     */
    public VersionNegotiationFailedException(String message, String locator, Throwable cause) {
        super(ExceptionCode.VERSION_NEGOTIATION_FAILED, message, locator, cause);
    }
}
