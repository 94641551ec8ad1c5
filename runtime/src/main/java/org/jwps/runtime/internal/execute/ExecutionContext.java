package org.jwps.runtime.internal.execute;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jwps.api.InputData;
import org.jwps.api.OutputData;
import org.jwps.api.ProcessRequest;
import org.jwps.api.ProcessResponse;

/**
 * What a process sees of one execution: its bound inputs, its outputs and its status.
 * Implements both sides of {@code Process.execute}. Thread-safe.
 */
public final class ExecutionContext implements ProcessRequest, ProcessResponse {
    private final String jobId;
    private final String language;
    private final Map<String, List<InputData>> inputs;
    private final Map<String, OutputValue> outputs;
    private final WorkDirectory workDirectory;
    private volatile String statusMessage = "Process started";
    private volatile int percent;
    private volatile boolean cancelled;
    /** Counts status updates, so a watcher can tell whether anything changed since it last looked. */
    private final java.util.concurrent.atomic.AtomicLong updates = new java.util.concurrent.atomic.AtomicLong();

    ExecutionContext(String jobId, String language, Map<String, List<InputData>> inputs,
                     Map<String, OutputValue> outputs, WorkDirectory workDirectory) {
        this.jobId = jobId;
        this.language = language;
        this.inputs = inputs;
        this.outputs = outputs;
        this.workDirectory = workDirectory;
    }

    @Override
    public String jobId() {
        return jobId;
    }

    @Override
    public String language() {
        return language;
    }

    @Override
    public List<InputData> inputs(String identifier) {
        return inputs.getOrDefault(identifier, List.of());
    }

    @Override
    public Path workDir() throws IOException {
        return workDirectory.path();
    }

    @Override
    public OutputData output(String identifier) {
        OutputValue output = outputs.get(identifier);
        if (output == null) {
            throw new IllegalArgumentException("the process has no output '" + identifier + "'");
        }
        return output;
    }

    @Override
    public void updateStatus(String message, int percent) {
        this.statusMessage = message;
        this.percent = Math.max(0, Math.min(100, percent));
        updates.incrementAndGet();
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }

    /** Marks the execution cancelled; the process sees it through {@link #isCancelled()}. */
    public void cancel() {
        cancelled = true;
    }

    /** @return how many status updates the process has made */
    public long updates() {
        return updates.get();
    }

    /** @return every bound input, by identifier */
    public Map<String, List<InputData>> inputMap() {
        return inputs;
    }

    /** @return the last status message the process reported */
    public String statusMessage() {
        return statusMessage;
    }

    /** @return the last percentage the process reported */
    public int percent() {
        return percent;
    }

    /** @return every output, in description order, set or not */
    public Map<String, OutputValue> outputs() {
        return outputs;
    }
}
