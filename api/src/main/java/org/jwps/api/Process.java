package org.jwps.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A WPS process: describes itself and runs.
 *
 * <p>Register an implementation as an OSGi service (for example with
 * {@code @Component(service = Process.class)}) and the server offers it at once; withdraw the
 * service and it is gone. Two services with one identifier: the higher {@code service.ranking}
 * wins, and the server logs the conflict.
 *
 * <p>Implementations must work outside OSGi too ({@code new MyProcess()}), so they can be unit
 * tested. {@link #execute} may be called by several threads at once, for different requests:
 * keep per-request state in locals, not in fields.
 */
@ConsumerType
public interface Process {

    /**
     * @return the immutable description of this process; called often, so return a constant
     */
    ProcessDescription description();

    /**
     * Runs the process for one request.
     *
     * <p>Inputs have been checked against the description before this is called: occurrences,
     * literal types, allowed values and formats. Throw a {@link org.jwps.api.exception.ProcessException}
     * to fail with a message for the user; any other exception fails the request with a generic
     * message (the details go to the server log only).
     *
     * @param request  the inputs of this execution
     * @param response where outputs and status updates go
     * @throws Exception when the process fails
     */
    void execute(ProcessRequest request, ProcessResponse response) throws Exception;
}
