package org.jwps.runtime.internal.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.UUID;

import org.jwps.runtime.internal.job.JobService;
import org.jwps.runtime.internal.job.TestDatabase;
import org.jwps.runtime.internal.registry.ProcessRegistry;
import org.jwps.runtime.internal.validation.ValidatorRegistry;

/**
 * The WPS service and its job service wired as DS would, outside OSGi: an in-memory H2 job
 * database unless the configuration names one, a private output folder unless it names one.
 */
public final class TestWps implements AutoCloseable {
    /** The job service. */
    public final JobService jobs;
    /** The WPS service on top of it. */
    public final WpsService service;

    /**
     * @param registry   the processes
     * @param validators the validators
     * @param config     the configuration; {@code database}, {@code node_id} and {@code outputpath} are added if absent
     */
    public TestWps(ProcessRegistry registry, ValidatorRegistry validators, Map<String, Object> config) {
        config.putIfAbsent("database", "jdbc:h2:mem:jwps-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        config.putIfAbsent("node_id", "test-node");
        try {
            config.putIfAbsent("outputpath", Files.createTempDirectory("jwps-outputs").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        jobs = new JobService(registry, validators, config, url -> TestDatabase.of(url).dataSource());
        service = new WpsService(registry, jobs, config);
    }

    @Override
    public void close() {
        service.deactivate();
        jobs.deactivate();
    }
}
