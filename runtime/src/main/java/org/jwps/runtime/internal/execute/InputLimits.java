package org.jwps.runtime.internal.execute;

import org.jwps.api.ComplexInput;
import org.jwps.api.InputDescription;
import org.jwps.runtime.internal.config.Settings;
import org.jwps.runtime.internal.reference.ReferenceFetcher;
import org.jwps.runtime.internal.reference.ReferencePolicy;

/**
 * What binding inputs needs beyond the request: where to fetch references from and how large
 * one input may be.
 *
 * @param fetcher            opens inputs given by reference
 * @param maxSingleInputSize the server's limit for one input, in bytes
 */
public record InputLimits(ReferenceFetcher fetcher, long maxSingleInputSize) {

    /**
     * @param settings the service settings
     * @return the limits and reference policy they configure
     */
    public static InputLimits of(Settings settings) {
        return new InputLimits(new ReferenceFetcher(ReferencePolicy.of(settings)), settings.maxSingleInputSize());
    }

    /**
     * @param input an input description
     * @return the limit for one value of it: the server's, or the input's own when smaller
     */
    long limitFor(InputDescription input) {
        if (input instanceof ComplexInput complex && complex.maximumMegabytes() != null) {
            return Math.min(maxSingleInputSize, complex.maximumMegabytes() * 1024L * 1024L);
        }
        return maxSingleInputSize;
    }
}
