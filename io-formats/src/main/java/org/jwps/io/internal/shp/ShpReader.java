package org.jwps.io.internal.shp;

import java.io.Closeable;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

import org.jwps.io.MalformedDataException;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.algorithm.PointLocation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads the records of a {@code .shp} file (ESRI Shapefile Technical Description, 1998): the
 * 100-byte header (file code 9994, version 1000, length in 16-bit words), then each record's
 * geometry. Z values are kept, M values dropped. Polygon rings are grouped into polygons by
 * orientation (clockwise shells, counter-clockwise holes) and containment.
 */
final class ShpReader implements Closeable {
    static final int HEADER = 100;
    private final DataInputStream in;
    private final GeometryFactory gf = new GeometryFactory();
    private final long length;
    final int shapeType;
    private long pos = HEADER;
    int records;

    /**
     * @param is         the .shp content, owned by this reader
     * @param actualSize the file's size in bytes
     */
    ShpReader(InputStream is, long actualSize) throws IOException {
        this.in = new DataInputStream(is);
        ByteBuffer h = header(in, "shp", actualSize);
        this.length = h.order(ByteOrder.BIG_ENDIAN).getInt(24) * 2L;
        this.shapeType = h.order(ByteOrder.LITTLE_ENDIAN).getInt(32);
        if (!List.of(0, 1, 3, 5, 8, 11, 13, 15, 18, 21, 23, 25, 28).contains(shapeType)) {
            throw bad("the .shp has unknown shape type " + shapeType);
        }
    }

    /** Reads and checks the header shared by .shp and .shx. */
    static ByteBuffer header(DataInputStream in, String ext, long actualSize) throws IOException {
        byte[] b = new byte[HEADER];
        try {
            in.readFully(b);
        } catch (EOFException e) {
            throw bad("the ." + ext + " is shorter than its 100-byte header");
        }
        ByteBuffer h = ByteBuffer.wrap(b).order(ByteOrder.BIG_ENDIAN);
        if (h.getInt(0) != 9994) {
            throw bad("the ." + ext + " is not a shapefile (file code " + h.getInt(0) + ", expected 9994)");
        }
        long declared = h.getInt(24) * 2L;
        if (declared < HEADER || declared > actualSize) {
            throw bad("the ." + ext + " is truncated or damaged: its header says " + declared + " bytes, the file has " + actualSize);
        }
        if (h.order(ByteOrder.LITTLE_ENDIAN).getInt(28) != 1000) {
            throw bad("the ." + ext + " has version " + h.getInt(28) + ", expected 1000");
        }
        return h;
    }

    /** @return true while records remain */
    boolean hasNext() {
        return pos < length;
    }

    /** @return the next record's geometry, {@code null} for a null shape */
    Geometry next() throws IOException {
        if (pos + 8 > length) {
            throw bad("the .shp ends inside a record header after record " + records);
        }
        int number = in.readInt();
        long bytes = in.readInt() * 2L;
        records++;
        if (bytes < 4 || pos + 8 + bytes > length) {
            throw bad("record " + number + " of the .shp has a bad content length " + bytes);
        }
        byte[] content = new byte[(int) bytes];
        try {
            in.readFully(content);
        } catch (EOFException e) {
            throw bad("the .shp is truncated in record " + number);
        }
        pos += 8 + bytes;
        try {
            return geometry(ByteBuffer.wrap(content).order(ByteOrder.LITTLE_ENDIAN), number);
        } catch (BufferUnderflowException e) {
            throw bad("record " + number + " of the .shp is shorter than its geometry needs");
        } catch (IllegalArgumentException e) {
            throw bad("record " + number + " of the .shp: " + e.getMessage());
        }
    }

    private Geometry geometry(ByteBuffer b, int number) throws MalformedDataException {
        int type = b.getInt();
        if (type == 0) {
            return null;
        }
        if (type != shapeType) {
            throw bad("record " + number + " has shape type " + type + " in a .shp of type " + shapeType);
        }
        boolean z = type > 10 && type < 20;
        switch (type % 10) {
            case 1:
                return gf.createPoint(coord(b, b.getDouble(), b.getDouble(), z ? b.getDouble() : Double.NaN, number));
            case 8: {
                b.position(b.position() + 32);
                Coordinate[] c = points(b, count(b, 16, number), z, number);
                return gf.createMultiPointFromCoords(c);
            }
            case 3:
            case 5: {
                b.position(b.position() + 32);
                int parts = count(b, 4, number);
                int points = count(b, 16, number);
                int[] starts = new int[parts];
                for (int i = 0; i < parts; i++) {
                    starts[i] = b.getInt();
                    if (starts[i] < 0 || starts[i] >= points || (i > 0 && starts[i] <= starts[i - 1]) || (i == 0 && starts[i] != 0)) {
                        throw bad("record " + number + " has a bad part index " + starts[i]);
                    }
                }
                Coordinate[] c = points(b, points, z, number);
                List<Coordinate[]> rings = new ArrayList<>();
                for (int i = 0; i < parts; i++) {
                    int end = i + 1 < parts ? starts[i + 1] : points;
                    Coordinate[] part = new Coordinate[end - starts[i]];
                    System.arraycopy(c, starts[i], part, 0, part.length);
                    rings.add(part);
                }
                return type % 10 == 3 ? lines(rings) : polygons(rings, number);
            }
            default:
                throw bad("record " + number + " has unsupported shape type " + type);
        }
    }

    private int count(ByteBuffer b, int bytesEach, int number) throws MalformedDataException {
        int n = b.getInt();
        if (n < 0 || (long) n * bytesEach > b.remaining()) {
            throw bad("record " + number + " declares " + n + " items, more than its content holds");
        }
        return n;
    }

    private Coordinate[] points(ByteBuffer b, int n, boolean z, int number) throws MalformedDataException {
        Coordinate[] c = new Coordinate[n];
        for (int i = 0; i < n; i++) {
            c[i] = coord(b, b.getDouble(), b.getDouble(), Double.NaN, number);
        }
        if (z && b.remaining() >= 16 + 8 * n) {
            b.position(b.position() + 16);
            for (int i = 0; i < n; i++) {
                c[i].setZ(b.getDouble());
            }
        }
        return c;
    }

    private static Coordinate coord(ByteBuffer b, double x, double y, double z, int number) throws MalformedDataException {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw bad("record " + number + " has a bad coordinate (" + x + ", " + y + ")");
        }
        return new Coordinate(x, y, z);
    }

    private Geometry lines(List<Coordinate[]> parts) {
        LineString[] out = new LineString[parts.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = gf.createLineString(parts.get(i));
        }
        return out.length == 1 ? out[0] : gf.createMultiLineString(out);
    }

    private Geometry polygons(List<Coordinate[]> parts, int number) throws MalformedDataException {
        List<LinearRing> shells = new ArrayList<>();
        List<List<LinearRing>> holes = new ArrayList<>();
        List<LinearRing> orphans = new ArrayList<>();
        for (Coordinate[] part : parts) {
            if (part.length < 4 || !part[0].equals2D(part[part.length - 1])) {
                throw bad("record " + number + " has a polygon ring that is not closed or has fewer than 4 points");
            }
            LinearRing ring = gf.createLinearRing(part);
            if (Orientation.isCCW(part)) {
                orphans.add(ring);
            } else {
                shells.add(ring);
                holes.add(new ArrayList<>());
            }
        }
        for (LinearRing hole : orphans) {
            int owner = -1;
            for (int i = 0; i < shells.size() && owner < 0; i++) {
                if (shells.get(i).getEnvelopeInternal().covers(hole.getEnvelopeInternal())
                        && PointLocation.isInRing(hole.getCoordinateN(0), shells.get(i).getCoordinates())) {
                    owner = i;
                }
            }
            if (owner < 0) {
                // a counter-clockwise ring outside every shell: written by a lax writer, take it as a shell
                shells.add(hole);
                holes.add(new ArrayList<>());
            } else {
                holes.get(owner).add(hole);
            }
        }
        Polygon[] out = new Polygon[shells.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = gf.createPolygon(shells.get(i), holes.get(i).toArray(new LinearRing[0]));
        }
        return out.length == 1 ? out[0] : gf.createMultiPolygon(out);
    }

    static MalformedDataException bad(String message) {
        return new MalformedDataException("zipped shapefile: " + message);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
