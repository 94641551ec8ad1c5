package org.jwps.runtime.internal.job;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.jwps.api.exception.ServerBusyException;
import org.jwps.runtime.internal.execute.ExecutionSlots;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts waiting jobs, oldest first, whenever an execution slot is free: woken when a job is
 * submitted, a slot frees up or a process appears, and every second anyway, for jobs other nodes
 * submitted to a shared store. A job runs only after this node claimed it in the store.
 */
final class Dispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);
    private static final Duration POLL = Duration.ofSeconds(1);
    private static final int BATCH = 16;

    private final JobService jobs;
    private final JobRunner runner;
    private final Semaphore wake = new Semaphore(0);
    private final ThreadPoolExecutor workers;
    private final Thread thread;
    private volatile boolean stopped;

    Dispatcher(JobService jobs) {
        this.jobs = jobs;
        this.runner = new JobRunner(jobs);
        AtomicInteger count = new AtomicInteger();
        // never more threads than slots: a job is handed over only with a slot taken
        this.workers = new ThreadPoolExecutor(0, 1024, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread t = new Thread(r, "jwps-job-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.thread = new Thread(this::loop, "jwps-dispatcher");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Makes the dispatcher look for work now. */
    void wakeUp() {
        wake.release();
    }

    void stop() {
        stopped = true;
        wakeUp();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** @param wait how long to wait for the running jobs' threads to end */
    void awaitWorkers(Duration wait) {
        workers.shutdown();
        try {
            workers.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void loop() {
        while (!stopped) {
            try {
                wake.tryAcquire(POLL.toMillis(), TimeUnit.MILLISECONDS);
                wake.drainPermits();
                if (!stopped) {
                    dispatch();
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.warn("Could not start waiting jobs: {}", e.getMessage());
            }
        }
    }

    private void dispatch() {
        JobService.State state = jobs.state();
        JobStore store;
        try {
            store = jobs.store();
        } catch (ServerBusyException e) {
            return;
        }
        Set<String> offered = jobs.registry.snapshot().byIdentifier().keySet();
        while (!stopped) {
            List<JobRecord> waiting = store.waiting(BATCH, offered);
            if (waiting.isEmpty()) {
                return;
            }
            for (JobRecord job : waiting) {
                ExecutionSlots.Slot slot = state.slots().tryAcquire();
                if (slot == null) {
                    return;
                }
                if (!store.claim(job.id(), jobs.nodeId(), Instant.now())) {
                    slot.close();
                    continue;
                }
                try {
                    workers.execute(() -> runner.run(job, slot));
                } catch (RejectedExecutionException e) {
                    slot.close();
                    jobs.failStored(job, JobService.STOPPED);
                    return;
                }
            }
        }
    }
}
