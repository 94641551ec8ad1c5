package org.jwps.io.internal.json;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Collection;
import java.util.Map;

import org.jwps.io.Feature;
import org.jwps.io.FeatureCollection;
import org.jwps.io.internal.Crs;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Writes a FeatureCollection as GeoJSON. WGS 84 data is written as RFC 7946 requires (no
 * {@code crs} member); other CRSs get the legacy {@code crs} member so readers know.
 */
public final class GeoJsonWriter {
    private GeoJsonWriter() {
    }

    /**
     * @param c   the features
     * @param out where to write (not closed)
     * @throws IOException if writing fails
     */
    public static void write(FeatureCollection c, OutputStream out) throws IOException {
        try (JsonGenerator g = GeoJsonFeatureReader.FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            Integer code = Crs.code(c.crs());
            if (c.crs() != null && (code == null || code != 4326)) {
                g.writeObjectFieldStart("crs");
                g.writeStringField("type", "name");
                g.writeObjectFieldStart("properties");
                g.writeStringField("name", code == null ? c.crs() : "urn:ogc:def:crs:EPSG::" + code);
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeArrayFieldStart("features");
            for (Feature f : c) {
                g.writeStartObject();
                g.writeStringField("type", "Feature");
                if (f.id() != null) {
                    g.writeStringField("id", f.id());
                }
                g.writeFieldName("geometry");
                geometry(g, f.geometry());
                g.writeObjectFieldStart("properties");
                for (Map.Entry<String, Object> e : f.properties().entrySet()) {
                    g.writeFieldName(e.getKey());
                    value(g, e.getValue());
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void value(JsonGenerator g, Object v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            g.writeNumber(((Number) v).longValue());
        } else if (v instanceof Number n) {
            double d = n.doubleValue();
            if (Double.isFinite(d)) {
                g.writeNumber(d);
            } else {
                g.writeNull();
            }
        } else if (v instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                value(g, e.getValue());
            }
            g.writeEndObject();
        } else if (v instanceof Collection<?> l) {
            g.writeStartArray();
            for (Object o : l) {
                value(g, o);
            }
            g.writeEndArray();
        } else if (v instanceof Geometry geom) {
            geometry(g, geom);
        } else {
            g.writeString(v.toString());
        }
    }

    private static void geometry(JsonGenerator g, Geometry geom) throws IOException {
        if (geom == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeStringField("type", geom.getGeometryType().equals("LinearRing") ? "LineString" : geom.getGeometryType());
        if (geom.getClass() == GeometryCollection.class) {
            g.writeArrayFieldStart("geometries");
            for (int i = 0; i < geom.getNumGeometries(); i++) {
                geometry(g, geom.getGeometryN(i));
            }
            g.writeEndArray();
        } else {
            g.writeFieldName("coordinates");
            coordinates(g, geom);
        }
        g.writeEndObject();
    }

    private static void coordinates(JsonGenerator g, Geometry geom) throws IOException {
        if (geom instanceof Point p) {
            if (p.isEmpty()) {
                g.writeStartArray();
                g.writeEndArray();
            } else {
                position(g, p.getCoordinate());
            }
        } else if (geom instanceof LineString l) {
            g.writeStartArray();
            for (Coordinate c : l.getCoordinates()) {
                position(g, c);
            }
            g.writeEndArray();
        } else if (geom instanceof Polygon p) {
            g.writeStartArray();
            if (!p.isEmpty()) {
                coordinates(g, p.getExteriorRing());
                for (int i = 0; i < p.getNumInteriorRing(); i++) {
                    coordinates(g, p.getInteriorRingN(i));
                }
            }
            g.writeEndArray();
        } else {
            g.writeStartArray();
            for (int i = 0; i < geom.getNumGeometries(); i++) {
                coordinates(g, geom.getGeometryN(i));
            }
            g.writeEndArray();
        }
    }

    private static void position(JsonGenerator g, Coordinate c) throws IOException {
        g.writeStartArray();
        g.writeNumber(c.x);
        g.writeNumber(c.y);
        if (!Double.isNaN(c.getZ())) {
            g.writeNumber(c.getZ());
        }
        g.writeEndArray();
    }
}
