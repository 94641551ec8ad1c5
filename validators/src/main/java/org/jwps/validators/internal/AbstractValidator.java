package org.jwps.validators.internal;

import java.io.IOException;
import java.io.InputStream;

import org.jwps.api.InputData;
import org.jwps.api.ValidationException;
import org.jwps.api.ValidationMode;
import org.jwps.api.Validator;
import org.jwps.io.MalformedDataException;

/**
 * Runs the checks of each mode up to the one asked for: {@link #simple} (the data is of the
 * declared type: magic bytes, root element), {@link #strict} (the format's reader reads it
 * all), {@link #veryStrict} (schema validation). A reader's {@link MalformedDataException}
 * becomes a {@link ValidationException} with the same message. Subclasses are stateless.
 */
abstract class AbstractValidator implements Validator {

    @Override
    public final void validate(InputData data, ValidationMode mode) throws ValidationException, IOException {
        if (mode == null || mode == ValidationMode.NONE) {
            return;
        }
        try {
            simple(data);
            if (mode.compareTo(ValidationMode.STRICT) >= 0) {
                strict(data);
            }
            if (mode == ValidationMode.VERYSTRICT) {
                veryStrict(data);
            }
        } catch (MalformedDataException e) {
            throw new ValidationException(e.getMessage(), e);
        }
    }

    /** SIMPLE: the data is of the declared type. */
    abstract void simple(InputData data) throws ValidationException, IOException;

    /** STRICT: the data reads fully; by default nothing beyond SIMPLE. */
    void strict(InputData data) throws ValidationException, IOException {
    }

    /** VERYSTRICT: the data is valid against its schema; by default nothing beyond STRICT. */
    void veryStrict(InputData data) throws ValidationException, IOException {
    }

    /** @return the first {@code n} bytes (fewer for shorter data) */
    static byte[] head(InputData data, int n) throws IOException {
        try (InputStream in = data.stream()) {
            return in.readNBytes(n);
        }
    }

    /** @return the first non-whitespace character after a UTF-8 byte order mark, or -1 */
    static int firstChar(byte[] head) {
        int i = head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF ? 3 : 0;
        for (; i < head.length; i++) {
            if (!Character.isWhitespace(head[i])) {
                return head[i] & 0xff;
            }
        }
        return -1;
    }

    static boolean startsWith(byte[] head, int... magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xff) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    static ValidationException invalid(String message) {
        return new ValidationException(message);
    }
}
