package org.jwps.io.internal.coverage;

import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.stream.ImageInputStream;

import org.jwps.io.GeoTiffInfo;
import org.jwps.io.MalformedDataException;

/**
 * Reads GeoTIFF metadata with the JDK's TIFF plugin, through its native metadata tree (not the
 * {@code javax.imageio.plugins.tiff} API, which Karaf's system bundle does not export): size, bands, the GeoKey directory (tag
 * 34735) and the model tags (33550 pixel scale, 33922 tie points, 34264 transformation).
 */
public final class GeoTiffParser {
    private static final int GEO_KEY_DIRECTORY = 34735;
    private static final int PIXEL_SCALE = 33550;
    private static final int TIE_POINT = 33922;
    private static final int TRANSFORMATION = 34264;
    /** Most samples decoded in one read, so a huge raster is checked in bounded strips. */
    private static final long STRIP_SAMPLES = 4L << 20;
    /** Most samples verified in all (a decompression bomb would otherwise take hours). */
    private static final long MAX_SAMPLES = Long.getLong("jwps.geotiff.maxSamples", 4_000_000_000L);

    private GeoTiffParser() {
    }

    /**
     * @param file     the file
     * @param decode   also decode every pixel
     * @return the metadata
     * @throws IOException if the file is not a readable GeoTIFF
     */
    public static GeoTiffInfo read(Path file, boolean decode) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("tiff");
            if (in == null || !readers.hasNext()) {
                throw new IOException("no TIFF reader in this Java runtime");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, false);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                Map<Integer, double[]> tags = TiffTags.read(reader.getImageMetadata(0));
                ImageTypeSpecifier type = reader.getRawImageType(0);
                int bands = type != null ? type.getNumBands() : tags.containsKey(277) ? (int) tags.get(277)[0] : 1;
                double[] keys = tags.get(GEO_KEY_DIRECTORY);
                if (keys == null) {
                    throw new MalformedDataException("GeoTIFF: a TIFF without GeoKeyDirectory (tag 34735): not georeferenced");
                }
                int[] k = new int[keys.length];
                for (int i = 0; i < k.length; i++) {
                    k[i] = (int) keys[i];
                }
                GeoTiffInfo info = new GeoTiffInfo(width, height, bands, crs(k), key(k, 1024), tags.get(PIXEL_SCALE),
                        tags.get(TIE_POINT), tags.get(TRANSFORMATION));
                if (info.pixelScale() == null && info.transformation() == null && info.tiePoints() == null) {
                    throw new MalformedDataException("GeoTIFF: no ModelPixelScale, ModelTiepoint or ModelTransformation tag");
                }
                if (decode) {
                    decode(reader, width, height, bands);
                }
                return info;
            } finally {
                reader.dispose();
            }
        } catch (MalformedDataException e) {
            throw e;
        } catch (IIOException | IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new MalformedDataException("GeoTIFF: cannot read the TIFF: " + e.getMessage(), e);
        }
    }

    private static void decode(ImageReader reader, int width, int height, int bands) throws IOException {
        long samples = (long) width * height * Math.max(1, bands);
        if (samples > MAX_SAMPLES) {
            throw new MalformedDataException("GeoTIFF: " + samples + " samples, more than the " + MAX_SAMPLES + " this server verifies");
        }
        int rows = (int) Math.max(1, Math.min(height, STRIP_SAMPLES / Math.max(1L, (long) width * Math.max(1, bands))));
        ImageReadParam param = reader.getDefaultReadParam();
        for (int y = 0; y < height; y += rows) {
            param.setSourceRegion(new Rectangle(0, y, width, Math.min(rows, height - y)));
            try {
                reader.read(0, param);
            } catch (IIOException | RuntimeException e) {
                throw new MalformedDataException("GeoTIFF: cannot decode the pixels of rows " + y + " to "
                        + (y + rows) + ": " + e.getMessage(), e);
            }
        }
    }

    /** The value of a GeoKey stored inline (location 0), or 0. */
    private static int key(int[] k, int id) {
        for (int i = 4; i + 3 < k.length && i / 4 <= k[3]; i += 4) {
            if (k[i] == id && k[i + 1] == 0) {
                return k[i + 3];
            }
        }
        return 0;
    }

    private static String crs(int[] k) throws MalformedDataException {
        if (k.length < 4 || k[0] != 1 || k.length < 4 + 4 * k[3]) {
            throw new MalformedDataException("GeoTIFF: the GeoKeyDirectory is damaged (version " + (k.length > 0 ? k[0] : -1)
                    + ", " + (k.length >= 4 ? k[3] : -1) + " keys in " + k.length + " values)");
        }
        int projected = key(k, 3072);
        int geographic = key(k, 2048);
        int code = projected > 0 && projected != 32767 ? projected : geographic > 0 && geographic != 32767 ? geographic : 0;
        return code == 0 ? null : "EPSG:" + code;
    }
}
