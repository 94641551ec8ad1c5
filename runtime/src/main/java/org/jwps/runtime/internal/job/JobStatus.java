package org.jwps.runtime.internal.job;

import java.util.Locale;

/** Where a job is in its life; the names follow the WPS 1.0.0 status elements. */
public enum JobStatus {
    /** Stored and waiting for an execution slot ({@code ProcessAccepted}). */
    ACCEPTED,
    /** Claimed by a node and running ({@code ProcessStarted}). */
    RUNNING,
    /** Finished with outputs ({@code ProcessSucceeded}). */
    SUCCEEDED,
    /** Finished with an exception, dismissed, timed out or lost in a server stop ({@code ProcessFailed}). */
    FAILED;

    /** @return the name stored in the job table */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param code a stored name, any case
     * @return the status
     * @throws IllegalArgumentException if there is no such status
     */
    public static JobStatus of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    /** @return whether the job has ended */
    public boolean finished() {
        return this == SUCCEEDED || this == FAILED;
    }
}
