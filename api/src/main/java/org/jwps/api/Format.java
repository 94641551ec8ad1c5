package org.jwps.api;

import java.util.Objects;

/**
 * A complex data format: mime type, and optionally encoding, schema and file extension.
 *
 * <p>Two formats match when mime type (ignoring case), encoding and schema are equal; the
 * extension only names files. Immutable.
 *
 * @param mimeType  the mime type, e.g. {@code application/gml+xml}
 * @param encoding  the encoding, e.g. {@code base64} or {@code UTF-8}, or {@code null}
 * @param schema    the schema URL, or {@code null}
 * @param extension the file extension with its dot, e.g. {@code .gml}, or {@code null}
 */
public record Format(String mimeType, String encoding, String schema, String extension) {

    /** @throws IllegalArgumentException if the mime type is blank */
    public Format {
        Objects.requireNonNull(mimeType, "mimeType");
        if (mimeType.isBlank()) {
            throw new IllegalArgumentException("mimeType must not be blank");
        }
    }

    /**
     * @param mimeType the mime type
     * @return a format with only a mime type
     */
    public static Format of(String mimeType) {
        return new Format(mimeType, null, null, null);
    }

    /** @param encoding the encoding @return a copy with this encoding */
    public Format withEncoding(String encoding) {
        return new Format(mimeType, encoding, schema, extension);
    }

    /** @param schema the schema URL @return a copy with this schema */
    public Format withSchema(String schema) {
        return new Format(mimeType, encoding, schema, extension);
    }

    /** @param extension the extension, with its dot @return a copy with this extension */
    public Format withExtension(String extension) {
        return new Format(mimeType, encoding, schema, extension);
    }

    /**
     * Whether a format asked for by a client matches this one. Attributes the client left out
     * ({@code null}) match anything.
     *
     * @param mimeType the requested mime type, or {@code null}
     * @param encoding the requested encoding, or {@code null}
     * @param schema   the requested schema, or {@code null}
     * @return true when every given attribute matches
     */
    public boolean matches(String mimeType, String encoding, String schema) {
        return (mimeType == null || this.mimeType.equalsIgnoreCase(mimeType))
                && (encoding == null || encoding.equalsIgnoreCase(this.encoding == null ? "" : this.encoding))
                && (schema == null || schema.equals(this.schema == null ? "" : this.schema));
    }

    /** @return true when the data of this format is XML that can be embedded in a response as is */
    public boolean isXml() {
        String m = mimeType.toLowerCase(java.util.Locale.ROOT);
        return (encoding == null || encoding.isEmpty() || !encoding.equalsIgnoreCase("base64"))
                && (m.equals("text/xml") || m.equals("application/xml") || m.endsWith("+xml")
                || m.startsWith("text/xml;") || m.startsWith("application/xml;"));
    }
}
