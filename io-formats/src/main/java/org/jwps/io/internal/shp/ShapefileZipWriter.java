package org.jwps.io.internal.shp;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.jwps.io.Feature;
import org.jwps.io.FeatureCollection;
import org.jwps.io.internal.Crs;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes features as a zipped Shapefile {@code layer.shp/.shx/.dbf/.cpg} (+ {@code .prj} for
 * WGS 84). A shapefile holds one geometry type: points, multipoints, lines or polygons (2D).
 */
public final class ShapefileZipWriter {
    /** The WGS 84 definition as ESRI software writes it. */
    private static final String WGS84_PRJ = "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\","
            + "6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";

    private ShapefileZipWriter() {
    }

    /**
     * @param c   the features
     * @param out where to write the archive (not closed)
     * @throws IOException if the geometries mix types, or writing fails
     */
    public static void write(FeatureCollection c, OutputStream out) throws IOException {
        List<Feature> fs = c.features();
        int type = shapeType(fs);
        int[] lengths = new int[fs.size()];
        long total = ShpReader.HEADER;
        Envelope bounds = new Envelope();
        for (int i = 0; i < lengths.length; i++) {
            Geometry g = fs.get(i).geometry();
            lengths[i] = contentLength(g, type);
            total += 8 + lengths[i];
            if (g != null) {
                bounds.expandToInclude(g.getEnvelopeInternal());
            }
        }
        ZipOutputStream zip = new ZipOutputStream(out);
        zip.putNextEntry(new ZipEntry("layer.shp"));
        zip.write(header(type, total, bounds));
        for (int i = 0; i < lengths.length; i++) {
            ByteBuffer b = ByteBuffer.allocate(8 + lengths[i]).order(ByteOrder.BIG_ENDIAN);
            b.putInt(i + 1).putInt(lengths[i] / 2).order(ByteOrder.LITTLE_ENDIAN);
            content(b, fs.get(i).geometry(), type);
            zip.write(b.array());
        }
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry("layer.shx"));
        zip.write(header(type, ShpReader.HEADER + 8L * lengths.length, bounds));
        long offset = ShpReader.HEADER;
        ByteBuffer idx = ByteBuffer.allocate(8).order(ByteOrder.BIG_ENDIAN);
        for (int length : lengths) {
            idx.clear();
            zip.write(idx.putInt((int) (offset / 2)).putInt(length / 2).array());
            offset += 8 + length;
        }
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry("layer.dbf"));
        DbfWriter.write(fs, zip);
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry("layer.cpg"));
        zip.write("UTF-8".getBytes(StandardCharsets.US_ASCII));
        zip.closeEntry();
        Integer code = Crs.code(c.crs());
        if (code != null && code == 4326) {
            zip.putNextEntry(new ZipEntry("layer.prj"));
            zip.write(WGS84_PRJ.getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        }
        zip.finish();
    }

    private static int shapeType(List<Feature> fs) throws IOException {
        int type = 0;
        for (Feature f : fs) {
            Geometry g = f.geometry();
            if (g == null || g.isEmpty()) {
                continue;
            }
            int t = g instanceof Point ? 1 : g instanceof MultiPoint ? 8
                    : g instanceof LineString || g.getGeometryType().equals("MultiLineString") ? 3
                    : g instanceof Polygon || g.getGeometryType().equals("MultiPolygon") ? 5 : -1;
            if (t < 0) {
                throw new IOException("a shapefile cannot hold a " + g.getGeometryType());
            }
            if (type == 0 || (type == 1 && t == 8) || (type == 8 && t == 1)) {
                type = Math.max(type, t);
            } else if (t != type) {
                throw new IOException("a shapefile holds one geometry type; found shape types " + type + " and " + t);
            }
        }
        return type == 0 ? 1 : type;
    }

    private static int contentLength(Geometry g, int type) {
        if (g == null || g.isEmpty()) {
            return 4;
        }
        return switch (type) {
            case 1 -> 20;
            case 8 -> 40 + 16 * g.getNumPoints();
            default -> 44 + 4 * parts(g) + 16 * g.getNumPoints();
        };
    }

    private static int parts(Geometry g) {
        int n = 0;
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            n += part instanceof Polygon p ? 1 + p.getNumInteriorRing() : 1;
        }
        return n;
    }

    private static byte[] header(int type, long bytes, Envelope e) {
        ByteBuffer b = ByteBuffer.allocate(ShpReader.HEADER).order(ByteOrder.BIG_ENDIAN);
        b.putInt(0, 9994).putInt(24, (int) (bytes / 2)).order(ByteOrder.LITTLE_ENDIAN).putInt(28, 1000).putInt(32, type);
        if (!e.isNull()) {
            b.putDouble(36, e.getMinX()).putDouble(44, e.getMinY()).putDouble(52, e.getMaxX()).putDouble(60, e.getMaxY());
        }
        return b.array();
    }

    private static void content(ByteBuffer b, Geometry g, int type) {
        if (g == null || g.isEmpty()) {
            b.putInt(0);
            return;
        }
        b.putInt(type);
        if (type == 1) {
            b.putDouble(g.getCoordinate().x).putDouble(g.getCoordinate().y);
            return;
        }
        Envelope e = g.getEnvelopeInternal();
        b.putDouble(e.getMinX()).putDouble(e.getMinY()).putDouble(e.getMaxX()).putDouble(e.getMaxY());
        if (type == 8) {
            b.putInt(g.getNumPoints());
            for (Coordinate c : g.getCoordinates()) {
                b.putDouble(c.x).putDouble(c.y);
            }
            return;
        }
        b.putInt(parts(g)).putInt(g.getNumPoints());
        int start = b.position();
        b.position(start + 4 * parts(g));
        int part = 0;
        int point = 0;
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry p = g.getGeometryN(i);
            if (p instanceof Polygon poly) {
                // shells clockwise, holes counter-clockwise, as the format requires
                point = ring(b, start, part++, point, poly.getExteriorRing().getCoordinates(), false);
                for (int h = 0; h < poly.getNumInteriorRing(); h++) {
                    point = ring(b, start, part++, point, poly.getInteriorRingN(h).getCoordinates(), true);
                }
            } else {
                b.putInt(start + 4 * part++, point);
                for (Coordinate c : p.getCoordinates()) {
                    b.putDouble(c.x).putDouble(c.y);
                    point++;
                }
            }
        }
    }

    private static int ring(ByteBuffer b, int start, int part, int point, Coordinate[] cs, boolean ccw) {
        b.putInt(start + 4 * part, point);
        boolean reverse = Orientation.isCCW(cs) != ccw;
        for (int i = 0; i < cs.length; i++) {
            Coordinate c = cs[reverse ? cs.length - 1 - i : i];
            b.putDouble(c.x).putDouble(c.y);
        }
        return point + cs.length;
    }
}
