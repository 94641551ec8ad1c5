package org.jwps.runtime.internal.protocol;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jwps.api.exception.InvalidParameterValueException;

/**
 * Parses the KVP {@code DataInputs} parameter: {@code id=value@attr=x@attr2=y;id2=value2}.
 *
 * <p>The parameter arrives URL-decoded once; reserved characters inside a value ({@code ; @ = %})
 * are written URL-encoded a second time, as WPS 1.0.0 asks, and decoded here after splitting.
 */
final class DataInputs {
    private DataInputs() {
    }

    static List<InputValue> parse(String dataInputs) {
        List<InputValue> inputs = new ArrayList<>();
        if (dataInputs == null || dataInputs.isBlank()) {
            return inputs;
        }
        for (String item : dataInputs.split(";")) {
            if (item.isBlank()) {
                continue;
            }
            String[] parts = item.split("@");
            int eq = parts[0].indexOf('=');
            if (eq < 1) {
                throw new InvalidParameterValueException("Each DataInputs entry is identifier=value, not '" + item + "'",
                        "DataInputs");
            }
            String identifier = unescape(parts[0].substring(0, eq).strip());
            String value = unescape(parts[0].substring(eq + 1));
            Map<String, String> attributes = new LinkedHashMap<>();
            for (int i = 1; i < parts.length; i++) {
                int aeq = parts[i].indexOf('=');
                if (aeq < 1) {
                    throw new InvalidParameterValueException("Bad attribute '" + parts[i] + "' of input " + identifier
                            + "; attributes are @name=value", identifier);
                }
                attributes.put(parts[i].substring(0, aeq).strip(), unescape(parts[i].substring(aeq + 1)));
            }
            inputs.add(new InputValue.Kvp(identifier, value, attributes));
        }
        return inputs;
    }

    /** Decodes the {@code %XX} escapes of a value; a {@code %} not followed by two hex digits stays. */
    static String unescape(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '%' && i + 2 < bytes.length
                    && hex(bytes[i + 1]) >= 0 && hex(bytes[i + 2]) >= 0) {
                out.write(hex(bytes[i + 1]) * 16 + hex(bytes[i + 2]));
                i += 2;
            } else {
                out.write(bytes[i]);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int hex(byte b) {
        return Character.digit(b, 16);
    }
}
