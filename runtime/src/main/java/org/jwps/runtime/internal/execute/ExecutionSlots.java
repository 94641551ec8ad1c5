package org.jwps.runtime.internal.execute;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.jwps.api.exception.ServerBusyException;

/**
 * Bounds how many processes run at once ({@code parallelprocesses}). A synchronous request
 * waits a short while for a slot, so bursts of quick executions queue instead of failing, and
 * then gives up with {@code ServerBusy}. Thread-safe.
 */
public final class ExecutionSlots {
    private final Semaphore permits;
    private final int size;
    private final long waitMillis;

    /**
     * @param size       how many executions may run at once
     * @param waitMillis how long a request waits for a slot before ServerBusy
     */
    public ExecutionSlots(int size, long waitMillis) {
        this.permits = new Semaphore(size, true);
        this.size = size;
        this.waitMillis = waitMillis;
    }

    /**
     * Takes a slot, waiting up to the configured time.
     *
     * @return a handle that frees the slot when closed
     * @throws ServerBusyException if no slot freed up in time
     */
    public Slot acquire() {
        try {
            if (!permits.tryAcquire(waitMillis, TimeUnit.MILLISECONDS)) {
                throw new ServerBusyException("All " + size + " execution slots are busy; try again later", null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerBusyException("Interrupted while waiting for an execution slot", null);
        }
        return permits::release;
    }

    /** A taken slot; closing frees it. */
    public interface Slot extends AutoCloseable {
        @Override
        void close();
    }
}
