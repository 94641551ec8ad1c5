package org.jwps.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jwps.api.Format;
import org.jwps.io.internal.VectorCodec;

/**
 * Entry points to write features, choosing the writer by the format's mime type (the same
 * formats as {@link FeatureReaders}). GML is written as GML 3.1.1 unless the format's schema or
 * mime type names GML 2 ({@code 2.1.2}) or GML 3.2. Thread-safe (stateless).
 */
public final class FeatureWriters {

    private FeatureWriters() {
    }

    /** @param format a format @return true when features can be written in that format */
    public static boolean supports(Format format) {
        return VectorCodec.of(format) != null;
    }

    /**
     * Writes the features. The stream is flushed, not closed.
     *
     * @param format   the format to write
     * @param features the features
     * @param out      where to write
     * @throws IOException if the format has no writer, the features cannot be expressed in it
     *                     (for instance mixed geometry types in a Shapefile), or writing fails
     */
    public static void write(Format format, FeatureCollection features, OutputStream out) throws IOException {
        VectorCodec codec = VectorCodec.of(format);
        if (codec == null) {
            throw new IOException("no feature writer for mime type " + format.mimeType());
        }
        codec.write(format, features, out);
        out.flush();
    }

    /**
     * @param format   the format to write
     * @param features the features
     * @param file     the file to (over)write
     * @throws IOException as {@link #write(Format, FeatureCollection, OutputStream)}
     */
    public static void write(Format format, FeatureCollection features, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(format, features, out);
        }
    }
}
