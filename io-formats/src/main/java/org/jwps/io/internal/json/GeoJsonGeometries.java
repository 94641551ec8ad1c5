package org.jwps.io.internal.json;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.jwps.io.MalformedDataException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Parses GeoJSON geometry objects (RFC 7946 section 3.1) whose members may come in any order:
 * coordinates are read into nested lists first, and built once the type is known.
 */
final class GeoJsonGeometries {
    private final GeometryFactory gf = new GeometryFactory();

    /** The parser is on the geometry's START_OBJECT (or VALUE_NULL); returns with it on the END_OBJECT. */
    Geometry parse(JsonParser p) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(p, JsonToken.START_OBJECT, "a geometry object");
        String where = GeoJsonFeatureReader.where(p);
        String type = null;
        Object coords = null;
        List<Geometry> members = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "type" -> type = p.getValueAsString();
                case "coordinates" -> coords = coordinates(p);
                case "geometries" -> {
                    expect(p, JsonToken.START_ARRAY, "an array of geometries");
                    members = new ArrayList<>();
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        members.add(parse(p));
                    }
                }
                default -> p.skipChildren();
            }
        }
        if (type == null) {
            throw new MalformedDataException("GeoJSON: geometry without \"type\" at " + where);
        }
        try {
            return build(type, coords, members, where);
        } catch (IllegalArgumentException | ClassCastException e) {
            throw new MalformedDataException("GeoJSON: bad " + type + " at " + where + ": " + e.getMessage(), e);
        }
    }

    Geometry build(String type, Object c, List<Geometry> members, String where) throws MalformedDataException {
        if (type.equals("GeometryCollection")) {
            if (members == null) {
                throw new MalformedDataException("GeoJSON: GeometryCollection without \"geometries\" at " + where);
            }
            return gf.createGeometryCollection(members.toArray(new Geometry[0]));
        }
        if (c == null) {
            throw new MalformedDataException("GeoJSON: " + type + " without \"coordinates\" at " + where);
        }
        switch (type) {
            case "Point":
                return gf.createPoint(position(c, where));
            case "MultiPoint":
                return gf.createMultiPoint(positions(c, where, 0));
            case "LineString":
                return gf.createLineString(positions(c, where, 2));
            case "MultiLineString": {
                List<?> lines = list(c, where);
                LineString[] out = new LineString[lines.size()];
                for (int i = 0; i < out.length; i++) {
                    out[i] = gf.createLineString(positions(lines.get(i), where, 2));
                }
                return gf.createMultiLineString(out);
            }
            case "Polygon":
                return polygon(c, where);
            case "MultiPolygon": {
                List<?> polys = list(c, where);
                Polygon[] out = new Polygon[polys.size()];
                for (int i = 0; i < out.length; i++) {
                    out[i] = polygon(polys.get(i), where);
                }
                return gf.createMultiPolygon(out);
            }
            default:
                throw new MalformedDataException("GeoJSON: unknown geometry type \"" + type + "\" at " + where);
        }
    }

    private Polygon polygon(Object c, String where) throws MalformedDataException {
        List<?> rings = list(c, where);
        if (rings.isEmpty()) {
            return gf.createPolygon();
        }
        LinearRing[] r = new LinearRing[rings.size()];
        for (int i = 0; i < r.length; i++) {
            Coordinate[] cs = positions(rings.get(i), where, 4);
            if (!cs[0].equals2D(cs[cs.length - 1])) {
                throw new MalformedDataException("GeoJSON: polygon ring " + i + " is not closed (first position "
                        + cs[0] + ", last " + cs[cs.length - 1] + ") at " + where);
            }
            r[i] = gf.createLinearRing(cs);
        }
        LinearRing[] holes = new LinearRing[r.length - 1];
        System.arraycopy(r, 1, holes, 0, holes.length);
        return gf.createPolygon(r[0], holes);
    }

    private static List<?> list(Object c, String where) throws MalformedDataException {
        if (c instanceof List<?> l) {
            return l;
        }
        throw new MalformedDataException("GeoJSON: coordinates nested too shallow at " + where);
    }

    private static Coordinate position(Object c, String where) throws MalformedDataException {
        if (c instanceof Coordinate p) {
            return p;
        }
        throw new MalformedDataException("GeoJSON: expected a position [x, y] at " + where);
    }

    private static Coordinate[] positions(Object c, String where, int min) throws MalformedDataException {
        List<?> l = list(c, where);
        if (l.size() < min) {
            throw new MalformedDataException("GeoJSON: " + l.size() + " positions where at least " + min
                    + " are needed at " + where);
        }
        Coordinate[] out = new Coordinate[l.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = position(l.get(i), where);
        }
        return out;
    }

    /** A position becomes a Coordinate; an array of arrays a List. */
    static Object coordinates(JsonParser p) throws IOException {
        expect(p, JsonToken.START_ARRAY, "a coordinates array");
        JsonToken t = p.nextToken();
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            double[] v = new double[3];
            int n = 0;
            String where = GeoJsonFeatureReader.where(p);
            for (; t != JsonToken.END_ARRAY; t = p.nextToken()) {
                if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
                    throw new MalformedDataException("GeoJSON: bad coordinate " + p.getText() + " in a position at "
                            + GeoJsonFeatureReader.where(p));
                }
                if (n < 3) {
                    v[n] = p.getDoubleValue();
                }
                n++;
            }
            if (n < 2) {
                throw new MalformedDataException("GeoJSON: a position needs at least 2 numbers, found " + n + " at " + where);
            }
            return new Coordinate(v[0], v[1], n > 2 ? v[2] : Double.NaN);
        }
        List<Object> out = new ArrayList<>();
        for (; t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (t != JsonToken.START_ARRAY) {
                throw new MalformedDataException("GeoJSON: bad coordinate " + p.getText() + " at " + GeoJsonFeatureReader.where(p));
            }
            out.add(coordinates(p));
        }
        return out;
    }

    static void expect(JsonParser p, JsonToken t, String what) throws MalformedDataException {
        if (p.currentToken() != t) {
            throw new MalformedDataException("GeoJSON: expected " + what + " at " + GeoJsonFeatureReader.where(p)
                    + ", found " + p.currentToken());
        }
    }
}
