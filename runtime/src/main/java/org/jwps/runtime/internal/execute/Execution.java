package org.jwps.runtime.internal.execute;

import java.time.OffsetDateTime;
import java.util.List;

import org.jwps.api.ProcessDescription;
import org.jwps.runtime.internal.protocol.ExecuteRequest;

/**
 * A finished execution: what the response encoder needs. Closing it removes the work directory,
 * so close it only once the response is written.
 *
 * @param request     the request as parsed
 * @param description the description of the process that ran
 * @param context     inputs, outputs and status of the execution
 * @param outputs     the outputs to return, in response order, each set by the process
 * @param created     when the execution was accepted
 */
public record Execution(ExecuteRequest request, ProcessDescription description, ExecutionContext context,
                        List<OutputValue> outputs, OffsetDateTime created, WorkDirectory workDirectory)
        implements AutoCloseable {

    @Override
    public void close() {
        workDirectory.close();
    }
}
