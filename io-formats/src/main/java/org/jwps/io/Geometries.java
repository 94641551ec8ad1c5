package org.jwps.io;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.io.WKTWriter;

/** WKT and WKB, with errors as {@link MalformedDataException}. Thread-safe. */
public final class Geometries {
    private Geometries() {
    }

    /**
     * @param wkt Well-Known Text, e.g. {@code POINT (1 2)}
     * @return the geometry
     * @throws MalformedDataException if the text is not valid WKT
     */
    public static Geometry fromWkt(String wkt) throws MalformedDataException {
        try {
            return new WKTReader().read(wkt);
        } catch (ParseException | IllegalArgumentException e) {
            throw new MalformedDataException("WKT: " + e.getMessage(), e);
        }
    }

    /** @param g a geometry @return its Well-Known Text (with Z when present) */
    public static String toWkt(Geometry g) {
        return new WKTWriter(3).write(g);
    }

    /**
     * @param wkb Well-Known Binary (ISO or extended)
     * @return the geometry
     * @throws MalformedDataException if the bytes are not valid WKB
     */
    public static Geometry fromWkb(byte[] wkb) throws MalformedDataException {
        try {
            return new WKBReader().read(wkb);
        } catch (ParseException | IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            throw new MalformedDataException("WKB: " + e.getMessage(), e);
        }
    }

    /** @param g a geometry @return its Well-Known Binary, big-endian, 2D */
    public static byte[] toWkb(Geometry g) {
        return new WKBWriter().write(g);
    }
}
