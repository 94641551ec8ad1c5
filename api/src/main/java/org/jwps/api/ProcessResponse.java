package org.jwps.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Where a process writes its outputs and reports its progress. Thread-safe.
 */
@ProviderType
public interface ProcessResponse {

    /**
     * @param identifier an output identifier of the process
     * @return the output to set
     * @throws IllegalArgumentException if the process has no output of that identifier
     */
    OutputData output(String identifier);

    /**
     * Reports progress; cheap enough to call for every feature processed.
     *
     * @param message what the process is doing, shown to clients polling the status
     * @param percent how much is done, 0 to 100 (values outside are clamped)
     */
    void updateStatus(String message, int percent);

    /**
     * Tells whether the job was dismissed or ran out of time. The server also interrupts the
     * process's thread, so blocking calls end with {@link InterruptedException}; a long loop
     * that does not block should check this now and then and stop early.
     *
     * @return true once the execution has been cancelled
     * @since 1.1
     */
    default boolean isCancelled() {
        return false;
    }
}
