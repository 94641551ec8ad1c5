package org.jwps.runtime.internal.job;

import java.io.ByteArrayInputStream;
import java.time.Instant;

import org.jwps.api.Process;
import org.jwps.api.exception.NoApplicableCodeException;
import org.jwps.api.exception.WpsException;
import org.jwps.runtime.internal.encoding.CapabilitiesEncoder;
import org.jwps.runtime.internal.encoding.ExecuteResponseEncoder;
import org.jwps.runtime.internal.execute.Execution;
import org.jwps.runtime.internal.execute.ExecutionSlots;
import org.jwps.runtime.internal.execute.Executor;
import org.jwps.runtime.internal.protocol.ExecuteRequest;
import org.jwps.runtime.internal.protocol.KvpRequestParser;
import org.jwps.runtime.internal.protocol.WpsRequest;
import org.jwps.runtime.internal.protocol.XmlRequestParser;
import org.jwps.runtime.internal.xml.wps.ProcessBriefType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Runs one claimed asynchronous job in a worker thread: reads its stored request, runs the
 * process, publishes the outputs and writes every status document, ending in ProcessSucceeded
 * or ProcessFailed, and the job's final record.
 */
final class JobRunner {
    /** The MDC key of the request or job id in log lines. */
    static final String LOG_ID = "jwps.request";
    private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);
    private static final XmlRequestParser XML = new XmlRequestParser();

    private final JobService jobs;

    JobRunner(JobService jobs) {
        this.jobs = jobs;
    }

    void run(JobRecord job, ExecutionSlots.Slot slot) {
        MDC.put(LOG_ID, job.id());
        JobService.State s = jobs.state();
        ProcessBriefType brief = JobService.brief(job);
        try (slot) {
            Process process = jobs.registry.snapshot().get(job.process());
            if (process == null) {
                throw new NoApplicableCodeException("Process " + job.process() + " is not offered any more", null);
            }
            brief = CapabilitiesEncoder.brief(process.description());
            String location = s.outputs().statusLocation(job.id());
            String url = s.settings().url();
            ProcessBriefType started = brief;
            JobService.writeStatus(s, job.id(), ExecuteResponseEncoder.started(started, url, job.language(), location,
                    0, "Process started"));
            Executor.Prepared prepared = s.executor().prepare(process, request(job, s), job.language(), job.id());
            RunningJob running = jobs.register(job.id(), process, prepared, s, () -> {
                var context = prepared.context();
                // the record first: whoever reads the document next finds the record at least as far
                jobs.store().progress(job.id(), context.percent(), context.statusMessage());
                JobService.writeStatus(s, job.id(), ExecuteResponseEncoder.started(started, url, job.language(),
                        location, context.percent(), context.statusMessage()));
            });
            try (Execution execution = jobs.runRegistered(s, running, prepared)) {
                Publisher.publish(s.outputs(), execution);
                JobService.writeStatus(s, job.id(), ExecuteResponseEncoder.succeeded(execution, url, job.language(),
                        location));
                jobs.store().finish(job.id(), JobStatus.SUCCEEDED, "Process succeeded", Instant.now());
            }
            LOG.info("Job {} ({}) succeeded", job.id(), job.process());
        } catch (WpsException e) {
            fail(s, job, brief, e);
        } catch (RuntimeException | LinkageError e) {
            LOG.error("Job {} ({}) failed unexpectedly", job.id(), job.process(), e);
            fail(s, job, brief, new NoApplicableCodeException("The job failed, please check the server log (job "
                    + job.id() + ")", null, e));
        } finally {
            MDC.remove(LOG_ID);
        }
    }

    /** Parses the request as the client sent it, exactly as when it arrived. */
    private ExecuteRequest request(JobRecord job, JobService.State s) {
        StoredRequest stored = jobs.store().request(job.id()).orElseThrow(() -> new NoApplicableCodeException(
                "The request of job " + job.id() + " is missing from the job store", null));
        WpsRequest request = stored.xml() ? XML.parse(new ByteArrayInputStream(stored.body()))
                : new KvpRequestParser(s.settings().maxInputParamLength()).parse(stored.queryString());
        if (!(request instanceof ExecuteRequest execute)) {
            throw new NoApplicableCodeException("The stored request of job " + job.id() + " is not an Execute", null);
        }
        return execute;
    }

    private void fail(JobService.State s, JobRecord job, ProcessBriefType brief, WpsException failure) {
        LOG.info("Job {} ({}) failed: {}", job.id(), job.process(), failure.getMessage());
        JobService.writeStatus(s, job.id(), ExecuteResponseEncoder.failed(brief, s.settings().url(), job.language(),
                s.outputs().statusLocation(job.id()), failure));
        // whatever a failed job published is of no use
        s.outputs().delete(job.id(), false);
        try {
            jobs.store().finish(job.id(), JobStatus.FAILED, failure.getMessage(), Instant.now());
        } catch (RuntimeException e) {
            LOG.error("Could not record the failure of job {}: {}", job.id(), e.getMessage());
        }
    }
}
