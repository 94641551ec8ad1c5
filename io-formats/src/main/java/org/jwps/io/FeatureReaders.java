package org.jwps.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jwps.api.Format;
import org.jwps.io.internal.VectorCodec;

/**
 * Entry points to read features, choosing the reader by the format's mime type:
 * GeoJSON ({@code application/geo+json}, {@code application/vnd.geo+json},
 * {@code application/json}), GML 2 / 3.1 / 3.2 ({@code application/gml+xml}), KML, KMZ and
 * zipped Shapefiles ({@code application/x-zipped-shp}).
 *
 * <pre>{@code
 * try (InputStream in = request.input("layer").first().stream()) {
 *     FeatureCollection layer = FeatureReaders.read(input.format(), in);
 * }
 * }</pre>
 *
 * Thread-safe (stateless).
 */
public final class FeatureReaders {

    private FeatureReaders() {
    }

    /** @param format a format @return true when features can be read from data of that format */
    public static boolean supports(Format format) {
        return VectorCodec.of(format) != null;
    }

    /**
     * Opens a streaming reader. The reader owns the stream and closes it.
     *
     * @param format the data's format
     * @param in     the data
     * @return a reader positioned before the first feature
     * @throws MalformedDataException if the start of the data is not of that format
     * @throws IOException            if the format has no feature reader, or reading fails
     */
    public static FeatureReader open(Format format, InputStream in) throws IOException {
        VectorCodec codec = VectorCodec.of(format);
        if (codec == null) {
            in.close();
            throw new IOException("no feature reader for mime type " + format.mimeType());
        }
        return codec.open(in instanceof BufferedInputStream ? in : new BufferedInputStream(in, 65536));
    }

    /**
     * @param format the data's format
     * @param file   the data
     * @return a reader positioned before the first feature
     * @throws IOException as {@link #open(Format, InputStream)}
     */
    public static FeatureReader open(Format format, Path file) throws IOException {
        return open(format, Files.newInputStream(file));
    }

    /**
     * Reads every feature into memory.
     *
     * @param format the data's format
     * @param in     the data, closed when done
     * @return the features and their CRS
     * @throws IOException as {@link #open(Format, InputStream)}, or when a feature is malformed
     */
    public static FeatureCollection read(Format format, InputStream in) throws IOException {
        try (FeatureReader reader = open(format, in)) {
            List<Feature> features = new ArrayList<>();
            for (Feature f = reader.next(); f != null; f = reader.next()) {
                features.add(f);
            }
            return new FeatureCollection(reader.crs(), features);
        }
    }

    /**
     * @param format the data's format
     * @param file   the data
     * @return the features and their CRS
     * @throws IOException as {@link #read(Format, InputStream)}
     */
    public static FeatureCollection read(Format format, Path file) throws IOException {
        return read(format, Files.newInputStream(file));
    }
}
