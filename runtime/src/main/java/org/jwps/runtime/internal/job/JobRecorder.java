package org.jwps.runtime.internal.job;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the records of finished synchronous executions in batches, from one background thread,
 * so a request never waits for the database. When the database falls behind by more than the
 * queue holds, records are dropped and counted rather than slowing requests down. Thread-safe.
 */
final class JobRecorder implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(JobRecorder.class);
    private static final int QUEUE = 20_000;
    private static final int BATCH = 500;

    private final JobStore store;
    private final BlockingQueue<JobRecord> queue = new ArrayBlockingQueue<>(QUEUE);
    private final Object writeLock = new Object();
    private final AtomicLong dropped = new AtomicLong();
    private final Thread writer;
    private volatile boolean closed;

    JobRecorder(JobStore store) {
        this.store = store;
        this.writer = new Thread(this::writeLoop, "jwps-job-recorder");
        writer.setDaemon(true);
        writer.start();
    }

    /** @param job a finished job; queued, never blocks */
    void record(JobRecord job) {
        if (!queue.offer(job) && dropped.incrementAndGet() % 1000 == 1) {
            LOG.warn("The job database falls behind: {} job records dropped so far", dropped.get());
        }
    }

    /** Writes everything queued so far, from the calling thread. */
    void flush() {
        while (writeBatch()) {
            // until the queue is empty
        }
    }

    private void writeLoop() {
        while (!closed) {
            try {
                JobRecord first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first != null) {
                    synchronized (writeLock) {
                        List<JobRecord> batch = new ArrayList<>(List.of(first));
                        queue.drainTo(batch, BATCH - 1);
                        write(batch);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private boolean writeBatch() {
        synchronized (writeLock) {
            List<JobRecord> batch = new ArrayList<>();
            queue.drainTo(batch, BATCH);
            write(batch);
            return !batch.isEmpty();
        }
    }

    private void write(List<JobRecord> batch) {
        try {
            store.record(batch);
        } catch (JobStoreException e) {
            dropped.addAndGet(batch.size());
            LOG.warn("Could not record {} finished jobs: {}", batch.size(), e.getMessage());
        }
    }

    @Override
    public void close() {
        // no interrupt: an interrupted thread inside H2's file I/O would close the database
        closed = true;
        try {
            writer.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        flush();
    }
}
