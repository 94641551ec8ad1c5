package org.jwps.samples.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jwps.api.Format;
import org.jwps.api.Formats;
import org.jwps.api.InputData;
import org.jwps.api.OutputData;
import org.jwps.api.ProcessRequest;
import org.jwps.api.exception.InvalidParameterValueException;
import org.jwps.api.exception.ProcessException;
import org.jwps.io.Feature;
import org.jwps.io.FeatureCollection;
import org.jwps.io.FeatureReader;
import org.jwps.io.FeatureReaders;
import org.jwps.io.FeatureWriters;
import org.jwps.io.MalformedDataException;

/**
 * Reads and writes the vector layers of the geometry samples with the {@code org.jwps.io}
 * readers and writers, and turns their failures into exceptions a WPS client can act on: data
 * that is not what its format says is an {@link InvalidParameterValueException} naming the
 * input; anything else is a {@link ProcessException} whose cause goes to the server log only.
 * Stateless and thread-safe.
 */
final class Layers {
    /**
     * The formats a layer is accepted in: GML (the default) and GeoJSON, under its registered,
     * its older ({@code application/vnd.geo+json}) and its generic JSON mime type.
     */
    static final Format[] GML_OR_GEOJSON = {Formats.GML, Formats.GEOJSON, Formats.GEOJSON_LEGACY, Formats.JSON};

    /** The formats a layer is written in: GeoJSON under its registered and its older mime type. */
    static final Format[] GEOJSON_OUT = {Formats.GEOJSON, Formats.GEOJSON_LEGACY};

    private Layers() {
    }

    /** What to do with each feature of a layer. */
    @FunctionalInterface
    interface FeatureVisitor {
        /**
         * @param index   the feature's position in the document, from 0
         * @param feature the feature
         */
        void visit(int index, Feature feature);
    }

    /**
     * Streams the features of a layer, holding one at a time.
     *
     * @param layer   the input value
     * @param visitor called for each feature, in document order
     * @return the layer's CRS as the reader reports it after the last feature, or {@code null}
     * @throws InvalidParameterValueException if the data is not valid in its format
     * @throws ProcessException               if it cannot be read for another reason
     */
    static String forEach(InputData layer, FeatureVisitor visitor) {
        String id = layer.identifier();
        int index = 0;
        // the reader owns the stream, but may fail before it holds it: close both
        try (InputStream in = layer.stream(); FeatureReader reader = FeatureReaders.open(layer.format(), in)) {
            for (Feature feature = reader.next(); feature != null; feature = reader.next()) {
                visitor.visit(index++, feature);
            }
            return reader.crs();
        } catch (MalformedDataException e) {
            throw new InvalidParameterValueException("Input " + id + " is not valid " + layer.format().mimeType()
                    + ": " + e.getMessage(), id, e);
        } catch (IOException e) {
            throw new ProcessException("Input " + id + " could not be read", e);
        }
    }

    /**
     * @param layer the input value
     * @return how many features it has, read without keeping any
     * @throws InvalidParameterValueException as {@link #forEach}
     */
    static int count(InputData layer) {
        int[] count = {0};
        forEach(layer, (index, feature) -> count[0]++);
        return count[0];
    }

    /**
     * Writes features in the format the client asked for into a file of the execution's work
     * directory, and hands that file to the output, so the server streams it to the client.
     *
     * @param request  the execution, for its work directory
     * @param output   a complex output
     * @param features what to write
     * @throws ProcessException if the features cannot be written
     */
    static void write(ProcessRequest request, OutputData output, FeatureCollection features) {
        Format format = output.format();
        try {
            Path file = Files.createTempFile(request.workDir(), output.identifier() + "-",
                    format.extension() == null ? ".dat" : format.extension());
            // the writers make many small writes: unbuffered, a 14 MB GML file took 10 s instead of 0.3 s
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 65536)) {
                FeatureWriters.write(format, features, out);
            }
            output.setFile(file);
        } catch (IOException e) {
            throw new ProcessException("Output " + output.identifier() + " could not be written as "
                    + format.mimeType(), e);
        }
    }
}
