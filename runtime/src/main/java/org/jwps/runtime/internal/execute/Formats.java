package org.jwps.runtime.internal.execute;

import java.util.List;
import java.util.stream.Collectors;

import org.jwps.api.Format;
import org.jwps.api.exception.InvalidParameterValueException;

/** Chooses among the formats an input or output supports. */
final class Formats {
    private Formats() {
    }

    /**
     * @param supported  the supported formats, the default first
     * @param mimeType   the requested mime type, or {@code null}
     * @param encoding   the requested encoding, or {@code null}
     * @param schema     the requested schema, or {@code null}
     * @param identifier the input or output, for the locator
     * @return the first supported format matching the request; the default when nothing is requested
     * @throws InvalidParameterValueException if no supported format matches
     */
    static Format select(List<Format> supported, String mimeType, String encoding, String schema, String identifier) {
        for (Format format : supported) {
            if (format.matches(blankToNull(mimeType), blankToNull(encoding), blankToNull(schema))) {
                return format;
            }
        }
        throw new InvalidParameterValueException(identifier + ": the format " + describe(mimeType, encoding, schema)
                + " is not supported; use one of " + supported.stream()
                .map(f -> describe(f.mimeType(), f.encoding(), f.schema())).collect(Collectors.joining(", ")),
                identifier);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String describe(String mimeType, String encoding, String schema) {
        StringBuilder sb = new StringBuilder(mimeType == null ? "(any mime type)" : mimeType);
        if (encoding != null) {
            sb.append(" encoding=").append(encoding);
        }
        if (schema != null) {
            sb.append(" schema=").append(schema);
        }
        return sb.toString();
    }
}
