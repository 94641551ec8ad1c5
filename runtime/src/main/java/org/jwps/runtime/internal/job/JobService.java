package org.jwps.runtime.internal.job;

import java.nio.file.Paths;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.jwps.api.Process;
import org.jwps.api.exception.NoApplicableCodeException;
import org.jwps.api.exception.ServerBusyException;
import org.jwps.api.exception.WpsException;
import org.jwps.runtime.internal.config.Settings;
import org.jwps.runtime.internal.encoding.CapabilitiesEncoder;
import org.jwps.runtime.internal.encoding.ExecuteResponseEncoder;
import org.jwps.runtime.internal.execute.Execution;
import org.jwps.runtime.internal.execute.ExecutionSlots;
import org.jwps.runtime.internal.execute.Executor;
import org.jwps.runtime.internal.execute.InputLimits;
import org.jwps.runtime.internal.output.OutputStore;
import org.jwps.runtime.internal.protocol.ExecuteRequest;
import org.jwps.runtime.internal.registry.ProcessRegistry;
import org.jwps.runtime.internal.validation.ValidatorRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jdbc.DataSourceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs every Execute as a job: synchronous ones in the caller's thread, asynchronous ones stored
 * in the job database and started by the {@link Dispatcher} as slots free up, on whichever node
 * claims them first. Keeps the record of every job, status documents current, time limits and
 * cancellations enforced, and old jobs cleaned. Configured by PID {@code org.jwps}. Thread-safe.
 */
@Component(service = JobService.class, configurationPid = "org.jwps",
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class JobService {
    static final String STOPPED = "The server stopped while the job was running; submit it again";
    private static final Logger LOG = LoggerFactory.getLogger(JobService.class);
    private static final Map<String, String> DRIVERS = Map.of("jdbc:h2:", "org.h2.Driver",
            "jdbc:postgresql:", "org.postgresql.Driver");

    final ProcessRegistry registry;
    private final ValidatorRegistry validators;
    private final DataSources dataSources;
    private final List<Map.Entry<DataSourceFactory, Object>> factories = new CopyOnWriteArrayList<>();
    final Map<String, RunningJob> running = new ConcurrentHashMap<>();
    private final AtomicInteger syncRunning = new AtomicInteger();
    private final Object admission = new Object();
    private final Dispatcher dispatcher;
    private final JobMonitor monitor;
    private volatile State state;
    private volatile JobDatabase database;
    private volatile JobRecorder recorder;
    private String nodeId;

    /** What one configuration gives the jobs. */
    record State(Settings settings, Executor executor, ExecutionSlots slots, OutputStore outputs) {
    }

    /** For DS: data sources come from the JDBC drivers' {@link DataSourceFactory} services. */
    @Activate
    public JobService(@Reference ProcessRegistry registry, @Reference ValidatorRegistry validators,
                      Map<String, Object> properties) {
        this(registry, validators, properties, null);
    }

    /**
     * @param registry    the processes on offer
     * @param validators  the validators of complex inputs
     * @param properties  the configuration
     * @param dataSources where job database connections come from; {@code null} for the OSGi drivers
     */
    public JobService(ProcessRegistry registry, ValidatorRegistry validators, Map<String, Object> properties,
                      DataSources dataSources) {
        this.registry = registry;
        this.validators = validators;
        this.dataSources = dataSources != null ? dataSources : this::fromDriverServices;
        this.dispatcher = new Dispatcher(this);
        this.monitor = new JobMonitor(this);
        configure(properties);
        dispatcher.start();
        monitor.start();
        registry.addListener(dispatcher::wakeUp);
    }

    @Modified
    void configure(Map<String, Object> properties) {
        // an invalid configuration is logged by ConfigurationMonitor and not applied: keep the last good one
        Settings settings = Settings.choose(state == null ? null : state.settings(), Settings.from(properties));
        if (state != null && settings == state.settings()) {
            return;
        }
        if (nodeId == null) {
            nodeId = NodeId.resolve(settings.nodeId(), Paths.get(Settings.dataDir("node-id")));
        }
        State previous = state;
        ExecutionSlots slots = previous != null && previous.settings().parallelProcesses()
                == settings.parallelProcesses() ? previous.slots()
                : new ExecutionSlots(settings.parallelProcesses(), () -> dispatcher.wakeUp());
        state = new State(settings, new Executor(settings.workDir(), InputLimits.of(settings), validators,
                settings.cleanTempDir()), slots, new OutputStore(settings.outputPath(), settings.outputUrl()));
        openDatabase();
        dispatcher.wakeUp();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addDataSourceFactory(DataSourceFactory factory, Map<String, Object> properties) {
        factories.add(Map.entry(factory, String.valueOf(properties.get(DataSourceFactory.OSGI_JDBC_DRIVER_CLASS))));
        if (state != null) {
            openDatabase();
            dispatcher.wakeUp();
        }
    }

    void removeDataSourceFactory(DataSourceFactory factory) {
        factories.removeIf(e -> e.getKey() == factory);
    }

    private DataSource fromDriverServices(String url) throws SQLException {
        String driver = DRIVERS.entrySet().stream().filter(e -> url.startsWith(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElseThrow(() -> new SQLException("Only H2 (jdbc:h2:) and PostgreSQL (jdbc:postgresql:) "
                        + "job databases are supported"));
        for (Map.Entry<DataSourceFactory, Object> factory : factories) {
            if (driver.equals(factory.getValue())) {
                java.util.Properties props = new java.util.Properties();
                props.setProperty(DataSourceFactory.JDBC_URL, url);
                return factory.getKey().createDataSource(props);
            }
        }
        throw new DriverMissing(driver);
    }

    /** No DataSourceFactory for the configured database yet: normal while the framework starts. */
    private static final class DriverMissing extends SQLException {
        private static final long serialVersionUID = 1L;

        DriverMissing(String driver) {
            super("the JDBC driver " + driver + " is not installed (yet)");
        }
    }

    /** Opens the configured database unless it is open; on a new one, fails the jobs this node lost. */
    private synchronized void openDatabase() {
        String url = state.settings().database();
        JobDatabase current = database;
        if (current != null && current.url().equals(url)) {
            return;
        }
        JobDatabase opened;
        try {
            opened = JobDatabase.open(url, dataSources, state.settings().parallelProcesses() + 4);
        } catch (JobStoreException e) {
            if (e.getCause() instanceof DriverMissing) {
                LOG.info("Waiting for the JDBC driver of the job database: {}", e.getCause().getMessage());
            } else {
                LOG.warn("Job database not available, asynchronous execution is off until it is: {}", e.getMessage());
            }
            return;
        }
        JobRecorder previousRecorder = recorder;
        database = opened;
        recorder = new JobRecorder(opened.store());
        if (current != null) {
            previousRecorder.close();
            current.close();
        }
        LOG.info("Job database {} open; this node is {}", JobDatabase.redacted(url), nodeId);
        failLostJobs(opened.store());
        monitor.cleanUp();
    }

    /** After a crash or kill: the jobs the store still thinks run here did not survive. */
    private void failLostJobs(JobStore store) {
        for (JobRecord job : store.runningOn(nodeId)) {
            if (!running.containsKey(job.id())) {
                failStored(job, STOPPED);
                org.jwps.runtime.internal.execute.WorkDirectory.remove(state.settings().workDir()
                        .resolve(org.jwps.runtime.internal.execute.WorkDirectory.name(job.id())));
                LOG.warn("Job {} ({}) was running when the server stopped; marked failed", job.id(), job.process());
            }
        }
    }

    /** Ends a job that runs nowhere (waiting, or lost) as failed, status document included. */
    boolean failStored(JobRecord job, String message) {
        State s = state;
        if (!store().finish(job.id(), JobStatus.FAILED, message, Instant.now())) {
            return false;
        }
        writeStatus(s, job.id(), ExecuteResponseEncoder.failed(brief(job), s.settings().url(), job.language(),
                s.outputs().statusLocation(job.id()), new NoApplicableCodeException(message, null)));
        s.outputs().delete(job.id(), false);
        return true;
    }

    static org.jwps.runtime.internal.xml.wps.ProcessBriefType brief(JobRecord job) {
        return ExecuteResponseEncoder.brief(job.process(), job.title(), job.version());
    }

    static void writeStatus(State s, String jobId, byte[] document) {
        try {
            s.outputs().writeStatus(jobId, document);
        } catch (java.io.IOException e) {
            LOG.error("Could not write the status document of job {}: {}", jobId, e.getMessage());
        }
    }

    /** Stops taking jobs, fails the ones running here as interrupted by the stop, and closes the database. */
    @Deactivate
    public void deactivate() {
        registry.removeListener(dispatcher::wakeUp);
        dispatcher.stop();
        monitor.stop();
        for (RunningJob job : running.values()) {
            job.cancel(STOPPED);
        }
        dispatcher.awaitWorkers(Duration.ofSeconds(10));
        JobDatabase db = database;
        if (db != null) {
            try {
                failLostJobs(db.store());
            } catch (JobStoreException e) {
                LOG.warn("Could not mark the interrupted jobs failed: {}", e.getMessage());
            }
            recorder.close();
            db.close();
        }
    }

    State state() {
        return state;
    }

    String nodeId() {
        return nodeId;
    }

    /**
     * @return the job store
     * @throws ServerBusyException while the job database is not available
     */
    public JobStore store() {
        JobDatabase db = database;
        if (db == null) {
            throw new ServerBusyException("The job database is not available; the server log says why", null);
        }
        return db.store();
    }

    /** @return the output store of the current configuration */
    public OutputStore outputs() {
        return state.outputs();
    }

    /**
     * Runs an Execute synchronously in the calling thread, within an execution slot.
     *
     * @param process  the process
     * @param request  the request
     * @param language the negotiated language
     * @param caller   the client's address
     * @return the finished execution, to be closed by the caller once the response is written
     * @throws WpsException when the request is invalid, the server busy, the process fails or is cancelled
     */
    public Execution execute(Process process, ExecuteRequest request, String language, String caller) {
        State s = state;
        String id = UUID.randomUUID().toString();
        Instant created = Instant.now();
        Instant started = null;
        try {
            Executor.Prepared prepared = s.executor().prepare(process, request, language, id);
            try (ExecutionSlots.Slot slot = s.slots().acquire(s.settings().syncWait())) {
                started = Instant.now();
                syncRunning.incrementAndGet();
                RunningJob job = register(id, process, prepared, s, null);
                try {
                    Execution execution = runRegistered(s, job, prepared);
                    record(id, process, false, JobStatus.SUCCEEDED, "Process succeeded", caller, language, created,
                            started);
                    return execution;
                } finally {
                    syncRunning.decrementAndGet();
                }
            } catch (RuntimeException | Error e) {
                prepared.close();
                throw e;
            }
        } catch (WpsException e) {
            record(id, process, false, JobStatus.FAILED, e.getMessage(), caller, language, created, started);
            throw e;
        }
    }

    /** Runs a registered job's process; a cancellation overrides whatever the process did. */
    Execution runRegistered(State s, RunningJob job, Executor.Prepared prepared) {
        Execution execution = null;
        WpsException failure = null;
        try {
            execution = s.executor().run(prepared);
        } catch (WpsException e) {
            failure = e;
        } finally {
            job.end();
            running.remove(job.id());
        }
        String cancelled = job.cancelReason();
        if (cancelled != null) {
            if (execution != null) {
                execution.close();
            }
            throw new NoApplicableCodeException(cancelled, null);
        }
        if (failure != null) {
            throw failure;
        }
        return execution;
    }

    RunningJob register(String id, Process process, Executor.Prepared prepared, State s, Runnable progressWriter) {
        String identifier = process.description().identifier();
        RunningJob job = new RunningJob(id, identifier, progressWriter != null, Thread.currentThread(),
                prepared.context(), Instant.now(), s.settings().maxExecutionTime(identifier), progressWriter);
        running.put(id, job);
        return job;
    }

    private void record(String id, Process process, boolean async, JobStatus status, String message, String caller,
                        String language, Instant created, Instant started) {
        JobRecorder r = recorder;
        if (r != null) {
            var description = process.description();
            r.record(new JobRecord(id, description.identifier(), description.title(), description.version(), async,
                    status, status == JobStatus.SUCCEEDED ? 100 : 0, message, caller, language, nodeId, created,
                    started, Instant.now()));
        }
    }

    /**
     * Accepts an asynchronous Execute: checks it, stores it with its request, writes the
     * ProcessAccepted status document and returns it. The job starts when a slot is free.
     *
     * @param process  the process
     * @param request  the parsed request
     * @param stored   the request as the client sent it
     * @param language the negotiated language
     * @param caller   the client's address
     * @return the ProcessAccepted response document
     * @throws WpsException when the request is invalid or the queue is full
     */
    public byte[] submit(Process process, ExecuteRequest request, StoredRequest stored, String language,
                         String caller) {
        State s = state;
        JobStore store = store();
        String id = UUID.randomUUID().toString();
        // binding checks every input now, so a bad request fails here and not in a status document
        s.executor().prepare(process, request, language, id).close();
        var description = process.description();
        JobRecord job = new JobRecord(id, description.identifier(), description.title(), description.version(), true,
                JobStatus.ACCEPTED, 0, "Process accepted", caller, language, null, Instant.now(), null, null);
        String location = s.outputs().statusLocation(id);
        byte[] accepted = ExecuteResponseEncoder.accepted(CapabilitiesEncoder.brief(description), s.settings().url(),
                language, location);
        int capacity = s.settings().parallelProcesses() + s.settings().maxProcesses();
        // the document first: the job may start, and write its own, as soon as it is stored
        writeStatus(s, id, accepted);
        try {
            synchronized (admission) {
                int active = store.countActive() + syncRunning.get();
                if (active >= capacity) {
                    throw new ServerBusyException("The server has " + active + " jobs running or waiting, as many as "
                            + "it takes (parallelprocesses + maxprocesses = " + capacity + "); try again later", null);
                }
                store.accept(job, stored);
            }
        } catch (RuntimeException e) {
            s.outputs().delete(id, true);
            throw e;
        }
        dispatcher.wakeUp();
        return accepted;
    }

    /**
     * Cancels a job wherever it is: a waiting one fails at once, one running here is interrupted,
     * one running on another node is asked to stop (it does so within one status interval).
     *
     * @param id     the job
     * @param reason the message the job fails with
     * @return whether there was a job to cancel
     */
    public boolean cancel(String id, String reason) {
        RunningJob local = running.get(id);
        if (local != null) {
            local.cancel(reason);
            return true;
        }
        Optional<JobRecord> job = store().get(id);
        if (job.isEmpty() || job.get().status().finished()) {
            return false;
        }
        if (job.get().status() == JobStatus.ACCEPTED && failStored(job.get(), reason)) {
            return true;
        }
        return store().requestCancel(id);
    }

    /**
     * @param id a job
     * @return the job as stored, with the progress of a job running here
     */
    public Optional<JobRecord> job(String id) {
        flushRecords();
        return store().get(id);
    }

    /**
     * @param status  only jobs in this status, or {@code null}
     * @param process only jobs of this process, or {@code null}
     * @param limit   the most to list
     * @return the newest matching jobs first
     */
    public List<JobRecord> jobs(JobStatus status, String process, int limit) {
        flushRecords();
        return store().list(status, process, limit);
    }

    /** @return the identifiers of the jobs running on this node now */
    public Collection<String> runningHere() {
        return new ArrayList<>(running.keySet());
    }

    /**
     * Forgets jobs that ended before a time: records, status documents and outputs.
     *
     * @param olderThan how long ago they must have ended
     * @return how many were removed
     */
    public int purge(Duration olderThan) {
        JobStore store = store();
        Instant before = Instant.now().minus(olderThan);
        int removed = 0;
        List<String> ids;
        do {
            ids = store.finishedBefore(before, 500);
            for (String id : ids) {
                state.outputs().delete(id, true);
            }
            removed += store.delete(ids);
        } while (ids.size() == 500);
        return removed;
    }

    /** Writes the queued records of synchronous jobs now (so listings include them). */
    public void flushRecords() {
        JobRecorder r = recorder;
        if (r != null) {
            r.flush();
        }
    }
}
