package org.jwps.runtime.internal.protocol;

import java.util.List;

/**
 * @param acceptVersions the versions the client accepts, in its order of preference; empty for any
 * @param language       the requested language, or {@code null}
 */
public record GetCapabilitiesRequest(List<String> acceptVersions, String language) implements WpsRequest {
    public GetCapabilitiesRequest {
        acceptVersions = List.copyOf(acceptVersions);
    }
}
