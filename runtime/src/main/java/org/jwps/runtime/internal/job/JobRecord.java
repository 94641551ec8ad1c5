package org.jwps.runtime.internal.job;

import java.time.Instant;

/**
 * What the job store keeps of one Execute request.
 *
 * @param id       the job identifier (also the name of its status document and output folder)
 * @param process  the process identifier
 * @param title    the process title when the job was accepted, for status documents written later
 * @param version  the process version then, for the same reason
 * @param async    whether the client asked for asynchronous execution
 * @param status   where the job is
 * @param percent  the last reported progress, 0 to 100
 * @param message  the last status message, or the failure message
 * @param caller   the client's address
 * @param language the negotiated response language
 * @param node     the node that runs or ran the job, {@code null} while waiting
 * @param created  when the request arrived
 * @param started  when the process started, or {@code null}
 * @param finished when the job ended, or {@code null}
 */
public record JobRecord(String id, String process, String title, String version, boolean async, JobStatus status, int percent,
                        String message, String caller, String language, String node, Instant created,
                        Instant started, Instant finished) {
}
