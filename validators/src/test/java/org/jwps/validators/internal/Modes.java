package org.jwps.validators.internal;

import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.charset.StandardCharsets;

import org.jwps.api.Format;
import org.jwps.api.ValidationException;
import org.jwps.api.ValidationMode;
import org.jwps.api.Validator;

/** Assertions over the four modes: data passes every mode, or fails from one mode on. */
final class Modes {
    private Modes() {
    }

    static void passes(Validator v, Format f, byte[] data) throws Exception {
        for (ValidationMode m : ValidationMode.values()) {
            try {
                v.validate(new TestInput(f, data), m);
            } catch (ValidationException e) {
                throw new AssertionError("should pass " + m + " but: " + e.getMessage(), e);
            }
        }
    }

    static void passes(Validator v, Format f, String data) throws Exception {
        passes(v, f, data.getBytes(StandardCharsets.UTF_8));
    }

    /** Passes every mode below {@code first}, fails {@code first} and above with a message containing the fragments. */
    static void failsFrom(ValidationMode first, Validator v, Format f, byte[] data, String... fragments) throws Exception {
        for (ValidationMode m : ValidationMode.values()) {
            try {
                v.validate(new TestInput(f, data), m);
                if (m.compareTo(first) >= 0) {
                    fail("should fail at " + m + " with " + String.join(", ", fragments));
                }
            } catch (ValidationException e) {
                if (m.compareTo(first) < 0) {
                    throw new AssertionError("should pass " + m + " but: " + e.getMessage(), e);
                }
                for (String s : fragments) {
                    assertTrue(m + ": '" + e.getMessage() + "' should contain '" + s + "'", e.getMessage().contains(s));
                }
            }
        }
    }

    static void failsFrom(ValidationMode first, Validator v, Format f, String data, String... fragments) throws Exception {
        failsFrom(first, v, f, data.getBytes(StandardCharsets.UTF_8), fragments);
    }
}
