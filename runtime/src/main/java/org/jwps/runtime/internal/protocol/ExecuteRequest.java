package org.jwps.runtime.internal.protocol;

import java.util.List;

/**
 * @param identifier   the process identifier
 * @param inputs       the input values, in request order
 * @param responseForm how the client wants the result
 * @param language     the requested language, or {@code null}
 */
public record ExecuteRequest(String identifier, List<InputValue> inputs, ResponseForm responseForm, String language)
        implements WpsRequest {
    public ExecuteRequest {
        inputs = List.copyOf(inputs);
    }
}
