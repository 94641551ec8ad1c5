package org.jwps.runtime.internal.execute;

import java.time.OffsetDateTime;
import java.util.List;

import org.jwps.api.ProcessDescription;
import org.jwps.runtime.internal.protocol.ExecuteRequest;
import org.jwps.runtime.internal.protocol.ResponseForm;

/**
 * A finished execution: what the response encoder needs. Closing it removes the work directory,
 * so close it only once the response is written.
 *
 * @param request     the request as parsed
 * @param description the description of the process that ran
 * @param context     inputs, outputs and status of the execution
 * @param outputs     the outputs to return, in response order, each set by the process
 * @param created     when the execution was accepted
 * @param workDirectory the execution's work directory, removed on close
 */
public record Execution(ExecuteRequest request, ProcessDescription description, ExecutionContext context,
                        List<OutputValue> outputs, OffsetDateTime created, WorkDirectory workDirectory)
        implements AutoCloseable {

    /**
     * @param identifier an output identifier
     * @return whether the client asked for that output by reference
     */
    public boolean asReference(String identifier) {
        return request.responseForm() instanceof ResponseForm.Document document
                && document.outputs().stream().anyMatch(d -> d.identifier().equals(identifier) && d.asReference());
    }

    /** @return the job identifier of the execution */
    public String jobId() {
        return context.jobId();
    }

    @Override
    public void close() {
        workDirectory.close();
    }
}
