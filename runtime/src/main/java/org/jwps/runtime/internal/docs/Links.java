package org.jwps.runtime.internal.docs;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** URL building for the documentation: encodings, page addresses and which links are safe to follow. */
final class Links {
    /** The index page's path, relative to the servlet context. */
    static final String INDEX = "/wps/processes";

    private static final String UNRESERVED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
    private static final Pattern SAFE_SCHEME = Pattern.compile("(?i)(https?|ftp|mailto):.*");
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Links() {
    }

    /**
     * Percent-encodes the UTF-8 bytes of every character that is neither unreserved (RFC 3986)
     * nor in {@code keep}. A space becomes {@code %20}, never {@code +}.
     *
     * @param text the text to encode
     * @param keep further ASCII characters to leave as they are
     * @return the encoded text
     */
    static String encode(String text, String keep) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c < 0x80 && (UNRESERVED.indexOf(c) >= 0 || keep.indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
        }
        return out.toString();
    }

    /**
     * @param identifier a process identifier
     * @return the link from the index page ({@code /wps/processes}) to the process's page
     */
    static String fromIndex(String identifier) {
        return "processes/" + encode(identifier, "");
    }

    /** @return the link from a process page ({@code /wps/processes/<id>}) back to the index */
    static String indexFromProcess() {
        return "../processes";
    }

    /**
     * @param serviceUrl the WPS endpoint, possibly with a query of its own
     * @param query      the query to add, already encoded
     * @return the endpoint with the query appended
     */
    static String withQuery(String serviceUrl, String query) {
        if (serviceUrl.endsWith("?") || serviceUrl.endsWith("&")) {
            return serviceUrl + query;
        }
        return serviceUrl + (serviceUrl.indexOf('?') >= 0 ? "&" : "?") + query;
    }

    /** @return the GetCapabilities request of the service */
    static String capabilities(String serviceUrl) {
        return withQuery(serviceUrl, "service=WPS&request=GetCapabilities");
    }

    /** @return the DescribeProcess request of one process */
    static String describeProcess(String serviceUrl, String identifier) {
        return withQuery(serviceUrl, "service=WPS&version=1.0.0&request=DescribeProcess&identifier="
                + encode(identifier, ""));
    }

    /**
     * A fragment identifier for an element id: letters, digits, {@code -} and {@code _} stay,
     * every other UTF-8 byte becomes {@code .XX}. Distinct inputs give distinct anchors, and the
     * result needs no escaping in HTML, Markdown or a URL.
     *
     * @param prefix  a prefix such as {@code input-}, made of characters that stay
     * @param name    an identifier
     * @return the anchor
     */
    static String anchor(String prefix, String name) {
        StringBuilder out = new StringBuilder(prefix);
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '-' || c == '_')) {
                out.append(c);
            } else {
                out.append('.').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
        }
        return out.toString();
    }

    /**
     * Whether a link from a description may become a clickable link: only absolute http(s), ftp
     * and mailto URLs without white space or control characters qualify, so a {@code javascript:}
     * or {@code data:} URL in a hostile description stays text.
     *
     * @param href a link target from a description
     * @return true when it is safe to link to
     */
    static boolean isSafe(String href) {
        if (href == null || !SAFE_SCHEME.matcher(href).matches()) {
            return false;
        }
        return href.chars().noneMatch(c -> c <= 0x20 || c == 0x7F || c == '<' || c == '>' || c == '"'
                || c == '\\');
    }
}
