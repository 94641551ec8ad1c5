package org.jwps.runtime.internal.job;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jwps.api.exception.ServerBusyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The periodic work on jobs, on one thread: every {@code status_interval} it writes the progress
 * of running jobs, enforces time limits and honours cancellations asked through a shared store;
 * every so often it removes jobs older than {@code job_retention}.
 */
final class JobMonitor {
    private static final Logger LOG = LoggerFactory.getLogger(JobMonitor.class);
    private static final Duration MAX_CLEANUP_PERIOD = Duration.ofHours(1);

    private final JobService jobs;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "jwps-job-monitor");
        t.setDaemon(true);
        return t;
    });
    private volatile Instant nextCleanup = Instant.now();

    JobMonitor(JobService jobs) {
        this.jobs = jobs;
    }

    void start() {
        schedule();
    }

    void stop() {
        timer.shutdownNow();
    }

    private void schedule() {
        if (!timer.isShutdown()) {
            timer.schedule(this::tick, jobs.state().settings().statusInterval().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void tick() {
        try {
            Instant now = Instant.now();
            for (RunningJob job : jobs.running.values()) {
                if (job.overdue(now)) {
                    job.cancel("Process " + job.process() + " exceeded its time limit of " + seconds(job.limit())
                            + " s (maxexecutiontime)");
                }
                job.flushProgress();
            }
            cancelAskedElsewhere();
            if (now.isAfter(nextCleanup)) {
                cleanUp();
            }
        } catch (ServerBusyException e) {
            // no job database yet
        } catch (RuntimeException e) {
            LOG.warn("Job monitor: {}", e.getMessage());
        } finally {
            schedule();
        }
    }

    private static String seconds(Duration duration) {
        return java.math.BigDecimal.valueOf(duration.toMillis(), 3).stripTrailingZeros().toPlainString();
    }

    private void cancelAskedElsewhere() {
        if (jobs.running.values().stream().noneMatch(RunningJob::async)) {
            return;
        }
        Set<String> asked = jobs.store().cancelRequested(jobs.nodeId());
        for (String id : asked) {
            RunningJob job = jobs.running.get(id);
            if (job != null) {
                job.cancel("Job " + id + " was dismissed");
            }
        }
    }

    /** Removes the jobs older than the retention, now, and plans the next run. */
    void cleanUp() {
        Duration retention = jobs.state().settings().jobRetention();
        Duration period = retention.dividedBy(4);
        nextCleanup = Instant.now().plus(period.compareTo(MAX_CLEANUP_PERIOD) > 0 ? MAX_CLEANUP_PERIOD : period);
        try {
            int removed = jobs.purge(retention);
            if (removed > 0) {
                LOG.info("Removed {} jobs that ended more than {} ago (job_retention)", removed, retention);
            }
        } catch (ServerBusyException e) {
            // no job database yet
        }
    }
}
