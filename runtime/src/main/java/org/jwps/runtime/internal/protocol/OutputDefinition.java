package org.jwps.runtime.internal.protocol;

/**
 * An output the client asks for, with the form it wants it in.
 *
 * @param identifier  the output identifier
 * @param asReference whether to return a reference instead of the data
 * @param mimeType    the requested mime type, or {@code null}
 * @param encoding    the requested encoding, or {@code null}
 * @param schema      the requested schema, or {@code null}
 * @param uom         the requested unit of measure, or {@code null}
 */
public record OutputDefinition(String identifier, boolean asReference, String mimeType, String encoding, String schema,
                               String uom) {

    /** @param identifier the output identifier @return a definition asking for the defaults */
    public static OutputDefinition of(String identifier) {
        return new OutputDefinition(identifier, false, null, null, null, null);
    }
}
