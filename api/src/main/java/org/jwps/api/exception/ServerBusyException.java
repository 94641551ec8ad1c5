package org.jwps.api.exception;

/** Every execution slot and the queue are full; the client may retry later (WPS {@code ServerBusy}). */
public class ServerBusyException extends WpsException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message the text shown to the client
     * @param locator {@code null} as a rule
     */
    public ServerBusyException(String message, String locator) {
        super(ExceptionCode.SERVER_BUSY, message, locator);
    }

    /**
     * @param message the text shown to the client
     * @param locator {@code null} as a rule
     * @param cause   the underlying failure, logged but not shown to the client
     */
    public ServerBusyException(String message, String locator, Throwable cause) {
        super(ExceptionCode.SERVER_BUSY, message, locator, cause);
    }
}
