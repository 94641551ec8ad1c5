package org.jwps.runtime.internal.job;

import java.io.IOException;
import java.io.InputStream;

import org.jwps.api.exception.NotEnoughStorageException;
import org.jwps.runtime.internal.encoding.ExecuteResponseEncoder;
import org.jwps.runtime.internal.execute.Execution;
import org.jwps.runtime.internal.execute.OutputValue;
import org.jwps.runtime.internal.output.OutputStore;
import org.slf4j.LoggerFactory;

/** Writes the outputs a client asked for by reference into the output store. */
public final class Publisher {
    private Publisher() {
    }

    /**
     * @param store     the output store
     * @param execution a finished execution; each output asked for by reference gets its URL
     * @throws NotEnoughStorageException if an output cannot be written
     */
    public static void publish(OutputStore store, Execution execution) {
        for (OutputValue output : execution.outputs()) {
            if (!execution.asReference(output.identifier())) {
                continue;
            }
            try (InputStream content = ExecuteResponseEncoder.rawStream(output)) {
                output.setReference(store.write(execution.jobId(), output.identifier()
                        + ExecuteResponseEncoder.extension(output), ExecuteResponseEncoder.rawContentType(output),
                        content));
            } catch (IOException e) {
                LoggerFactory.getLogger(Publisher.class).error("Could not store output {} of job {}",
                        output.identifier(), execution.jobId(), e);
                throw new NotEnoughStorageException("Output " + output.identifier() + " could not be stored",
                        output.identifier(), e);
            }
        }
    }
}
