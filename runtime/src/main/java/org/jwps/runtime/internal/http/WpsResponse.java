package org.jwps.runtime.internal.http;

import java.util.Map;

/**
 * An HTTP response of the WPS endpoint, complete in memory.
 *
 * @param status      the HTTP status
 * @param contentType the Content-Type
 * @param body        the body
 * @param headers     further headers
 */
public record WpsResponse(int status, String contentType, byte[] body, Map<String, String> headers) {
    /** The Content-Type of every XML document the service writes. */
    public static final String XML = "text/xml; charset=UTF-8";

    /** @param body an XML document @return a 200 response carrying it */
    public static WpsResponse xml(byte[] body) {
        return new WpsResponse(200, XML, body, Map.of());
    }
}
