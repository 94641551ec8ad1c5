package org.jwps.runtime.internal.job;

/** The job database failed: unreachable, or a statement was refused. */
public class JobStoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what was being done
     * @param cause   the database's error
     */
    public JobStoreException(String message, Throwable cause) {
        super(message + ": " + cause.getMessage(), cause);
    }
}
