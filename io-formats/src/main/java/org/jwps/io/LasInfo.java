package org.jwps.io;

import java.io.IOException;
import java.nio.file.Path;

import org.jwps.io.internal.coverage.LasParser;

/**
 * The public header block of a LAS or LAZ point cloud. Arrays are x, y, z.
 *
 * @param versionMajor      1
 * @param versionMinor      0 to 4
 * @param pointFormat       the point data record format, 0 to 10
 * @param pointRecordLength bytes per point record
 * @param pointCount        the number of points
 * @param compressed        true for LAZ (LASzip)
 * @param pointDataOffset   where the point records start
 * @param scale             the scale factors
 * @param offset            the offsets
 * @param min               the minimum coordinates
 * @param max               the maximum coordinates
 */
public record LasInfo(int versionMajor, int versionMinor, int pointFormat, int pointRecordLength, long pointCount,
        boolean compressed, long pointDataOffset, double[] scale, double[] offset, double[] min, double[] max) {

    /**
     * Reads the header only.
     *
     * @param file a LAS or LAZ file
     * @return its header
     * @throws MalformedDataException if the file is not LAS or the header is damaged
     * @throws IOException            if the file cannot be read
     */
    public static LasInfo read(Path file) throws IOException {
        return LasParser.read(file, false);
    }

    /**
     * Reads the header and every point (decompressing LAZ), checking that the point count
     * matches and that each point lies within the header's bounds.
     *
     * @param file a LAS or LAZ file
     * @return its header
     * @throws MalformedDataException as {@link #read(Path)}, or for a truncated file or a point out of bounds
     * @throws IOException            if the file cannot be read
     */
    public static LasInfo readFully(Path file) throws IOException {
        return LasParser.read(file, true);
    }
}
