package org.jwps.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The inputs of one execution. Every input is a list: an input given several times has several
 * values, one given once has one, and an absent optional input with a default has its default.
 */
@ProviderType
public interface ProcessRequest {

    /** @return the identifier of this execution, unique on the server */
    String jobId();

    /** @return the language negotiated for this request, e.g. {@code en-US} */
    String language();

    /**
     * @param identifier an input identifier
     * @return every value given for the input, in request order; empty when there is none
     */
    List<InputData> inputs(String identifier);

    /**
     * @param identifier an input identifier
     * @return the first value of the input, or {@code null} when there is none
     */
    default InputData input(String identifier) {
        List<InputData> values = inputs(identifier);
        return values.isEmpty() ? null : values.get(0);
    }

    /**
     * @param identifier an input identifier
     * @return true when the input has at least one value
     */
    default boolean has(String identifier) {
        return !inputs(identifier).isEmpty();
    }

    /**
     * @return a directory for this execution's files, created on first call and removed after the
     *         execution
     * @throws IOException if it cannot be created
     */
    Path workDir() throws IOException;
}
