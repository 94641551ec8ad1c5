package org.jwps.runtime.internal.http;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/**
 * An HTTP response of the WPS endpoint: a body in memory, or a {@link Streamed} body written
 * straight to the client (large raw outputs).
 *
 * @param status      the HTTP status
 * @param contentType the Content-Type
 * @param body        the body, or {@code null} when streamed
 * @param headers     further headers
 * @param streamed    the streamed body, or {@code null}
 */
public record WpsResponse(int status, String contentType, byte[] body, Map<String, String> headers,
                          Streamed streamed) {
    /** The Content-Type of every XML document the service writes. */
    public static final String XML = "text/xml; charset=UTF-8";

    /** A body written to the client as it is read; closed once written, or if never written. */
    public interface Streamed extends AutoCloseable {
        /**
         * @param out the response stream
         * @throws IOException if reading the content or writing to the client fails
         */
        void writeTo(OutputStream out) throws IOException;

        /** @return the length in bytes, or -1 when unknown */
        long length();

        /** Releases what the body is read from. */
        @Override
        void close();
    }

    /** A response with its body in memory. */
    public WpsResponse(int status, String contentType, byte[] body, Map<String, String> headers) {
        this(status, contentType, body, headers, null);
    }

    /** @param body an XML document @return a 200 response carrying it */
    public static WpsResponse xml(byte[] body) {
        return new WpsResponse(200, XML, body, Map.of());
    }
}
