package org.jwps.runtime.internal.execute;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.jwps.api.exception.ServerBusyException;

/**
 * Bounds how many processes run at once ({@code parallelprocesses}), synchronous and
 * asynchronous alike. A synchronous request waits a short while for a slot, so bursts of quick
 * executions queue instead of failing, and then gives up with {@code ServerBusy}; the job
 * dispatcher only takes a slot that is free at once. Thread-safe.
 */
public final class ExecutionSlots {
    private final Semaphore permits;
    private final int size;
    private final Runnable onRelease;

    /**
     * @param size      how many executions may run at once
     * @param onRelease called whenever a slot frees up (the dispatcher starts the next job)
     */
    public ExecutionSlots(int size, Runnable onRelease) {
        this.permits = new Semaphore(size, true);
        this.size = size;
        this.onRelease = onRelease;
    }

    /**
     * Takes a slot, waiting up to the given time.
     *
     * @param wait how long to wait for a free slot
     * @return a handle that frees the slot when closed
     * @throws ServerBusyException if no slot freed up in time
     */
    public Slot acquire(Duration wait) {
        try {
            if (!permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ServerBusyException("All " + size + " execution slots (parallelprocesses) are busy; "
                        + "try again later, or execute asynchronously", null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerBusyException("Interrupted while waiting for an execution slot", null);
        }
        return release();
    }

    /** @return a slot if one is free now, else {@code null} */
    public Slot tryAcquire() {
        return permits.tryAcquire() ? release() : null;
    }

    private Slot release() {
        java.util.concurrent.atomic.AtomicBoolean open = new java.util.concurrent.atomic.AtomicBoolean(true);
        return () -> {
            if (open.compareAndSet(true, false)) {
                permits.release();
                onRelease.run();
            }
        };
    }

    /** A taken slot; closing frees it (once, however often it is closed). */
    public interface Slot extends AutoCloseable {
        @Override
        void close();
    }
}
