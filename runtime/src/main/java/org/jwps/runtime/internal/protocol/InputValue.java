package org.jwps.runtime.internal.protocol;

import java.util.Map;

/** One input value of an Execute request, as the client wrote it. */
public sealed interface InputValue {

    /** @return the input identifier */
    String identifier();

    /**
     * @return the value in its final form: a KVP value written {@code id=@xlink:href=URL@...} is a
     *         {@link Reference}; every other value is itself
     */
    default InputValue resolve() {
        return this;
    }

    /**
     * @param identifier the input identifier
     * @param value      the literal text
     * @param dataType   the data type the client named, or {@code null}
     * @param uom        the unit of measure, or {@code null}
     */
    record Literal(String identifier, String value, String dataType, String uom) implements InputValue {
    }

    /**
     * Inline complex data.
     *
     * @param identifier the input identifier
     * @param content    the content: serialized XML when {@code xml}, else the text (base64 text when so encoded)
     * @param xml        whether the content was XML markup
     * @param mimeType   the mime type the client named, or {@code null}
     * @param encoding   the encoding the client named, or {@code null}
     * @param schema     the schema the client named, or {@code null}
     */
    record Complex(String identifier, String content, boolean xml, String mimeType, String encoding, String schema)
            implements InputValue {
    }

    /**
     * @param identifier  the input identifier
     * @param crs         the CRS, or {@code null}
     * @param dimensions  the dimensions the client named, or {@code null}
     * @param lowerCorner the lower corner
     * @param upperCorner the upper corner
     */
    record BoundingBox(String identifier, String crs, Integer dimensions, double[] lowerCorner, double[] upperCorner)
            implements InputValue {
    }

    /**
     * Data given by reference.
     *
     * @param identifier the input identifier
     * @param href       where the data is
     * @param method     GET or POST
     * @param headers    extra HTTP headers
     * @param body       the POST body, or {@code null}
     * @param bodyReference where the POST body is, or {@code null}
     * @param mimeType   the mime type the client named, or {@code null}
     * @param encoding   the encoding the client named, or {@code null}
     * @param schema     the schema the client named, or {@code null}
     */
    record Reference(String identifier, String href, String method, Map<String, String> headers, String body,
                     String bodyReference, String mimeType, String encoding, String schema) implements InputValue {
        public Reference {
            headers = Map.copyOf(headers);
        }
    }

    /**
     * A value from KVP {@code DataInputs}, whose kind only the input's description tells.
     *
     * @param identifier the input identifier
     * @param text       the value
     * @param attributes the {@code @name=value} attributes, names as written
     */
    record Kvp(String identifier, String text, Map<String, String> attributes) implements InputValue {
        public Kvp {
            attributes = Map.copyOf(attributes);
        }

        /**
         * @param name an attribute name, matched ignoring case
         * @return its value, or {@code null}
         */
        public String attribute(String name) {
            for (Map.Entry<String, String> e : attributes.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name)) {
                    return e.getValue();
                }
            }
            return null;
        }

        @Override
        public InputValue resolve() {
            String href = attribute("xlink:href");
            if (href == null) {
                href = attribute("href");
            }
            if (href == null) {
                return this;
            }
            String method = attribute("method");
            return new Reference(identifier, href, method == null ? "GET" : method, Map.of(), attribute("body"),
                    attribute("bodyReference"), attribute("mimeType"), attribute("encoding"), attribute("schema"));
        }
    }
}
