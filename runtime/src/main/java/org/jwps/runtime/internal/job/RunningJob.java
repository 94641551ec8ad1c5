package org.jwps.runtime.internal.job;

import java.time.Duration;
import java.time.Instant;

import org.jwps.runtime.internal.execute.ExecutionContext;

/**
 * A job running on this node: the thread it runs in, what the process reports, and whether and
 * why it was cancelled. Cancelling interrupts the thread only while the job is registered, so an
 * interrupt never leaks into what the thread does next. Thread-safe.
 */
final class RunningJob {
    private final String id;
    private final String process;
    private final boolean async;
    private final Thread thread;
    private final ExecutionContext context;
    private final Instant started;
    private final Duration limit;
    private final Runnable progressWriter;
    private String cancelReason;
    private boolean ended;
    private long flushedUpdates;

    /**
     * @param id      the job
     * @param process the process identifier
     * @param async   whether a status document follows the job
     * @param thread  the thread running the process
     * @param context what the process sees and reports
     * @param started when it started
     * @param limit   how long it may run; zero for no limit
     * @param progressWriter writes the job's progress to its status document and record; {@code null} for
     *                       a synchronous job, which has neither while it runs
     */
    RunningJob(String id, String process, boolean async, Thread thread, ExecutionContext context, Instant started,
               Duration limit, Runnable progressWriter) {
        this.id = id;
        this.process = process;
        this.async = async;
        this.thread = thread;
        this.context = context;
        this.started = started;
        this.limit = limit;
        this.progressWriter = progressWriter;
    }

    String id() {
        return id;
    }

    String process() {
        return process;
    }

    boolean async() {
        return async;
    }

    /** @param now the time @return whether the job has run longer than its limit */
    boolean overdue(Instant now) {
        return !limit.isZero() && Duration.between(started, now).compareTo(limit) > 0;
    }

    /** @return the time limit, zero for none */
    Duration limit() {
        return limit;
    }

    /**
     * Cancels the job: the process sees it and its thread is interrupted. The first reason wins.
     *
     * @param reason the message the job fails with
     */
    synchronized void cancel(String reason) {
        if (ended || cancelReason != null) {
            return;
        }
        cancelReason = reason;
        context.cancel();
        thread.interrupt();
    }

    /** @return why the job was cancelled, or {@code null} */
    synchronized String cancelReason() {
        return cancelReason;
    }

    /**
     * Ends the job: no interrupt reaches its thread after this, and the one that may have come
     * before is cleared. Call from the job's own thread.
     */
    synchronized void end() {
        ended = true;
        Thread.interrupted();
    }

    /**
     * Writes the job's progress if the process reported any since the last write and the job has
     * not ended; holding the lock, so {@link #end()} waits for a write under way.
     *
     * @return whether there was anything new to write
     */
    synchronized boolean flushProgress() {
        long updates = context.updates();
        if (progressWriter == null || ended || updates == flushedUpdates) {
            return false;
        }
        flushedUpdates = updates;
        progressWriter.run();
        return true;
    }
}
