package org.jwps.runtime.internal.job;

import java.nio.charset.StandardCharsets;

/**
 * An Execute request as the client sent it, kept so that a job can run later, on any node.
 *
 * @param xml  whether the body is an XML document (POST) rather than a KVP query string (GET)
 * @param body the request bytes: the XML document, or the query string in UTF-8
 */
public record StoredRequest(boolean xml, byte[] body) {

    /** @param queryString a GET request's query string @return it as a stored request */
    public static StoredRequest kvp(String queryString) {
        return new StoredRequest(false, queryString.getBytes(StandardCharsets.UTF_8));
    }

    /** @return the query string of a KVP request */
    public String queryString() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
