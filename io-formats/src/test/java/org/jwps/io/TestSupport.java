package org.jwps.io;

import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.jwps.api.Format;

final class TestSupport {
    private TestSupport() {
    }

    static FeatureCollection read(Format f, String text) throws IOException {
        return FeatureReaders.read(f, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    static FeatureCollection read(Format f, byte[] data) throws IOException {
        return FeatureReaders.read(f, new ByteArrayInputStream(data));
    }

    static byte[] write(Format f, FeatureCollection c) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FeatureWriters.write(f, c, out);
        return out.toByteArray();
    }

    /** Reading fails with a message containing every fragment. */
    static MalformedDataException fails(Format f, byte[] data, String... fragments) throws IOException {
        try {
            read(f, data);
        } catch (MalformedDataException e) {
            for (String s : fragments) {
                assertTrue("'" + e.getMessage() + "' should contain '" + s + "'", e.getMessage().contains(s));
            }
            return e;
        }
        fail("reading should fail with " + String.join(", ", fragments));
        return null;
    }

    static MalformedDataException fails(Format f, String text, String... fragments) throws IOException {
        return fails(f, text.getBytes(StandardCharsets.UTF_8), fragments);
    }
}
