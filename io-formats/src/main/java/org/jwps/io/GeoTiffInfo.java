package org.jwps.io;

import java.io.IOException;
import java.nio.file.Path;

import org.jwps.io.internal.coverage.GeoTiffParser;

/**
 * The georeferencing of a GeoTIFF. Arrays are as stored in the file.
 *
 * @param width          the width in pixels
 * @param height         the height in pixels
 * @param bands          the samples per pixel
 * @param crs            {@code EPSG:<code>} from the ProjectedCSType or GeographicType GeoKey, or
 *                       {@code null} for a user-defined CRS
 * @param modelType      the GTModelType GeoKey: 1 projected, 2 geographic, 3 geocentric, 0 unknown
 * @param pixelScale     ModelPixelScale (tag 33550), or {@code null}
 * @param tiePoints      ModelTiepoint (tag 33922), or {@code null}
 * @param transformation ModelTransformation (tag 34264), or {@code null}
 */
public record GeoTiffInfo(int width, int height, int bands, String crs, int modelType, double[] pixelScale,
        double[] tiePoints, double[] transformation) {

    /**
     * Reads the metadata only.
     *
     * @param file a GeoTIFF file
     * @return its georeferencing
     * @throws MalformedDataException if it is not a TIFF, or has no GeoKeyDirectory and model tags
     * @throws IOException            if the file cannot be read
     */
    public static GeoTiffInfo read(Path file) throws IOException {
        return GeoTiffParser.read(file, false);
    }

    /**
     * Reads the metadata and decodes every pixel, in bounded strips.
     *
     * @param file a GeoTIFF file
     * @return its georeferencing
     * @throws MalformedDataException as {@link #read(Path)}, or if pixels cannot be decoded (truncated file)
     * @throws IOException            if the file cannot be read
     */
    public static GeoTiffInfo readFully(Path file) throws IOException {
        return GeoTiffParser.read(file, true);
    }
}
