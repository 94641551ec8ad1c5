package org.jwps.runtime.internal.protocol;

/** A parsed WPS request, from KVP or XML. */
public sealed interface WpsRequest permits GetCapabilitiesRequest, DescribeProcessRequest, ExecuteRequest {

    /** @return the requested language, or {@code null} for the server default */
    String language();
}
