package org.jwps.io;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.plugins.tiff.TIFFDirectory;
import javax.imageio.plugins.tiff.TIFFField;
import javax.imageio.plugins.tiff.TIFFTag;
import javax.imageio.stream.ImageOutputStream;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

import com.github.mreutegg.laszip4j.LASReader;
import com.github.mreutegg.laszip4j.LASWriter;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.WritableDataset;

/**
 * Small valid (and broken) samples of every format, built in code. Shared with the validators'
 * tests and the benchmarks through this module's test jar.
 */
public final class Samples {
    private static final GeometryFactory GF = new GeometryFactory();

    private Samples() {
    }

    /** @param n how many @return n features: polygons with a hole every other one, with id, name, count and area */
    public static FeatureCollection polygons(int n) {
        List<Feature> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double x = (i % 100) * 0.1 - 5;
            double y = (i / 100) * 0.1 - 5;
            Coordinate[] shell = {new Coordinate(x, y), new Coordinate(x + 0.08, y), new Coordinate(x + 0.08, y + 0.08),
                new Coordinate(x, y + 0.08), new Coordinate(x, y)};
            Coordinate[] hole = {new Coordinate(x + 0.02, y + 0.02), new Coordinate(x + 0.02, y + 0.04),
                new Coordinate(x + 0.04, y + 0.04), new Coordinate(x + 0.04, y + 0.02), new Coordinate(x + 0.02, y + 0.02)};
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("name", "feature " + i);
            p.put("count", (long) i);
            p.put("area", 0.0064 - (i % 2 == 0 ? 0.0004 : 0) + 0.5);
            out.add(new Feature("f" + i, i % 2 == 0
                    ? GF.createPolygon(GF.createLinearRing(shell), new org.locationtech.jts.geom.LinearRing[] {GF.createLinearRing(hole)})
                    : GF.createPolygon(shell), p));
        }
        return FeatureCollection.wgs84(out);
    }

    /** @param entries name and content pairs @return a zip archive */
    public static byte[] zip(Object... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < entries.length; i += 2) {
                zip.putNextEntry(new ZipEntry((String) entries[i]));
                zip.write((byte[]) entries[i + 1]);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** @return a zip of one entry whose content is {@code size} zero bytes (a zip bomb when large) */
    public static byte[] zeros(String name, long size) throws IOException {
        return bomb(name, "", (byte) 0, size);
    }

    /** @return a zip of one entry: the prefix, then {@code size} times the filler byte */
    public static byte[] bomb(String name, String prefix, byte filler, long size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            zip.putNextEntry(new ZipEntry(name));
            zip.write(prefix.getBytes(StandardCharsets.UTF_8));
            byte[] block = new byte[1 << 20];
            java.util.Arrays.fill(block, filler);
            for (long done = 0; done < size; done += block.length) {
                zip.write(block, 0, (int) Math.min(block.length, size - done));
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** @param points how many @return a LAS 1.2 file, point format 0, points on a diagonal from (0,0,0) */
    public static byte[] las(int points) {
        ByteBuffer b = ByteBuffer.allocate(227 + 20 * points).order(ByteOrder.LITTLE_ENDIAN);
        b.put("LASF".getBytes(StandardCharsets.US_ASCII));
        b.put(24, (byte) 1).put(25, (byte) 2);
        b.putShort(94, (short) 227).putInt(96, 227).putInt(100, 0);
        b.put(104, (byte) 0).putShort(105, (short) 20).putInt(107, points);
        b.putDouble(131, 0.01).putDouble(139, 0.01).putDouble(147, 0.01);
        double max = (points - 1) * 0.01;
        b.putDouble(179, max).putDouble(187, 0).putDouble(195, max).putDouble(203, 0).putDouble(211, max).putDouble(219, 0);
        b.putInt(111, points); // all first returns
        for (int i = 0; i < points; i++) {
            b.putInt(227 + 20 * i, i).putInt(231 + 20 * i, i).putInt(235 + 20 * i, i);
            b.put(227 + 20 * i + 14, (byte) 0b001001); // return 1 of 1
        }
        return b.array();
    }

    /** @param las a LAS file @param laz where to write its LAZ compression @return laz */
    public static Path laz(Path las, Path laz) {
        new LASWriter(new LASReader(las.toFile())).write(laz.toFile());
        return laz;
    }

    /** @return a classic NetCDF (CDF-1) file: dimension x = 3, float variable temp(x) with a units attribute */
    public static byte[] netcdfClassic() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeBytes("CDF");
        out.writeByte(1);
        out.writeInt(0); // numrecs
        out.writeInt(0x0A);
        out.writeInt(1);
        name(out, "x");
        out.writeInt(3);
        out.writeInt(0); // no global attributes
        out.writeInt(0);
        out.writeInt(0x0B);
        out.writeInt(1);
        name(out, "temp");
        out.writeInt(1);
        out.writeInt(0); // dimid x
        out.writeInt(0x0C);
        out.writeInt(1);
        name(out, "units");
        out.writeInt(2); // char
        out.writeInt(1);
        out.writeBytes("K\0\0\0");
        out.writeInt(5); // float
        out.writeInt(12); // vsize
        int begin = bytes.size() + 4;
        out.writeInt(begin);
        out.writeFloat(280f);
        out.writeFloat(281f);
        out.writeFloat(282f);
        return bytes.toByteArray();
    }

    private static void name(DataOutputStream out, String name) throws IOException {
        out.writeInt(name.length());
        out.writeBytes(name);
        for (int i = name.length(); i % 4 != 0; i++) {
            out.writeByte(0);
        }
    }

    /** @param file where to write a NetCDF-4 like HDF5 file: dimension scale time(4), variable temp(time) */
    public static Path netcdf4(Path file) {
        try (WritableHdfFile hdf = HdfFile.write(file)) {
            WritableDataset time = hdf.putDataset("time", new double[] {0, 1, 2, 3});
            time.putAttribute("CLASS", "DIMENSION_SCALE");
            hdf.putDataset("temp", new float[] {280f, 281f, 282f, 283f});
        }
        return file;
    }

    /** @param geoKeys with the GeoKeyDirectory and model tags @return a 16x8 gray TIFF (a GeoTIFF in EPSG:4326 when geoKeys) */
    public static byte[] tiff(boolean geoKeys) throws IOException {
        BufferedImage img = new BufferedImage(16, 8, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 16; x++) {
                img.getRaster().setSample(x, y, 0, x * 16 + y);
            }
        }
        ImageWriter w = ImageIO.getImageWritersByFormatName("tiff").next();
        ImageWriteParam param = w.getDefaultWriteParam();
        TIFFDirectory dir = TIFFDirectory.createFromMetadata(w.getDefaultImageMetadata(new ImageTypeSpecifier(img), param));
        if (geoKeys) {
            dir.addTIFFField(new TIFFField(new TIFFTag("ModelPixelScale", 33550, 1 << TIFFTag.TIFF_DOUBLE),
                    TIFFTag.TIFF_DOUBLE, 3, new double[] {0.5, 0.5, 0}));
            dir.addTIFFField(new TIFFField(new TIFFTag("ModelTiepoint", 33922, 1 << TIFFTag.TIFF_DOUBLE),
                    TIFFTag.TIFF_DOUBLE, 6, new double[] {0, 0, 0, 10, 50, 0}));
            char[] keys = {1, 1, 0, 3, 1024, 0, 1, 2, 1025, 0, 1, 1, 2048, 0, 1, 4326};
            dir.addTIFFField(new TIFFField(new TIFFTag("GeoKeyDirectory", 34735, 1 << TIFFTag.TIFF_SHORT),
                    TIFFTag.TIFF_SHORT, keys.length, keys));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            w.setOutput(ios);
            w.write(null, new IIOImage(img, null, dir.getAsMetadata()), param);
        }
        w.dispose();
        return out.toByteArray();
    }
}
