package org.jwps.runtime.internal.reference;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.jwps.runtime.internal.config.Settings;

/**
 * What the server allows when it fetches data given by reference.
 *
 * @param allowedInputPaths absolute, normalised directories {@code file://} references may point into; empty: none
 * @param connectTimeout    how long a server may take to accept the connection
 * @param readTimeout       how long a server may stay silent while answering
 * @param totalTimeout      how long one fetch may take in all
 */
public record ReferencePolicy(List<Path> allowedInputPaths, Duration connectTimeout, Duration readTimeout,
                              Duration totalTimeout) {
    public ReferencePolicy {
        allowedInputPaths = List.copyOf(allowedInputPaths);
    }

    /** @param settings the service settings @return the policy they configure */
    public static ReferencePolicy of(Settings settings) {
        return new ReferencePolicy(settings.allowedInputPaths(), settings.referenceConnectTimeout(),
                settings.referenceReadTimeout(), settings.referenceTotalTimeout());
    }
}
