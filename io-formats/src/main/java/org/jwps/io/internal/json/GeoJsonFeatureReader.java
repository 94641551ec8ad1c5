package org.jwps.io.internal.json;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jwps.io.Feature;
import org.jwps.io.FeatureReader;
import org.jwps.io.MalformedDataException;
import org.jwps.io.internal.Crs;
import org.locationtech.jts.geom.Geometry;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;

/**
 * Streams a GeoJSON document with Jackson's parser: the features of a FeatureCollection one by
 * one, or a single Feature, or a bare geometry (as one feature). Members may come in any order;
 * a legacy {@code crs} member (GeoJSON 2008) is honoured, else the CRS is WGS 84 (RFC 7946).
 */
public final class GeoJsonFeatureReader implements FeatureReader {
    /** Jackson's limits, tighter than its defaults where GeoJSON allows. */
    static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(256)
                    .maxStringLength(64 << 20).maxNumberLength(64).build())
            .build();
    private final JsonParser p;
    private final GeoJsonGeometries geometries = new GeoJsonGeometries();
    private String crs;
    private boolean inFeatures;
    private Feature single;
    private boolean done;
    private int index;

    /**
     * @param in the document, owned by this reader
     * @throws IOException if the document does not start as GeoJSON
     */
    public GeoJsonFeatureReader(InputStream in) throws IOException {
        this.p = FACTORY.createParser(in);
        try {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new MalformedDataException("GeoJSON: the document is not a JSON object (" + where(p) + ")");
            }
            readTop();
        } catch (JsonProcessingException e) {
            p.close();
            throw error(e);
        } catch (IOException | RuntimeException e) {
            p.close();
            throw e;
        }
    }

    static String where(JsonParser p) {
        return "line " + p.currentLocation().getLineNr() + ", column " + p.currentLocation().getColumnNr();
    }

    static MalformedDataException error(JsonProcessingException e) {
        String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr();
        return new MalformedDataException("GeoJSON: not valid JSON" + where + ": " + e.getOriginalMessage(), e);
    }

    /** Reads top-level members until the features array starts or the object ends. */
    private void readTop() throws IOException {
        String type = null;
        String id = null;
        Geometry geometry = null;
        Map<String, Object> props = null;
        Object coords = null;
        List<Geometry> members = null;
        String start = where(p);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken t = p.nextToken();
            switch (field) {
                case "type" -> type = p.getValueAsString();
                case "crs" -> crs = parseCrs();
                case "features" -> {
                    GeoJsonGeometries.expect(p, JsonToken.START_ARRAY, "an array of features");
                    inFeatures = true;
                    return;
                }
                case "id" -> id = p.getValueAsString();
                case "geometry" -> geometry = geometries.parse(p);
                case "properties" -> props = t == JsonToken.VALUE_NULL ? null : properties();
                case "coordinates" -> coords = GeoJsonGeometries.coordinates(p);
                case "geometries" -> {
                    GeoJsonGeometries.expect(p, JsonToken.START_ARRAY, "an array of geometries");
                    members = new ArrayList<>();
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        members.add(geometries.parse(p));
                    }
                }
                default -> p.skipChildren();
            }
        }
        if (type == null) {
            throw new MalformedDataException("GeoJSON: the top-level object has no \"type\" (" + start + ")");
        }
        switch (type) {
            case "FeatureCollection" -> throw new MalformedDataException("GeoJSON: FeatureCollection without \"features\"");
            case "Feature" -> single = new Feature(id, geometry, props);
            default -> single = Feature.of(geometries.build(type, coords, members, start));
        }
    }

    private String parseCrs() throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return null;
        }
        Map<String, Object> c = properties();
        if (c.get("properties") instanceof Map<?, ?> props && props.get("name") instanceof String name) {
            return Crs.normalize(name);
        }
        return null;
    }

    @Override
    public Feature next() throws IOException {
        try {
            if (single != null) {
                Feature f = single;
                single = null;
                done = true;
                return f;
            }
            if (done || !inFeatures) {
                return null;
            }
            if (p.nextToken() == JsonToken.END_ARRAY) {
                inFeatures = false;
                done = true;
                finishTop();
                return null;
            }
            index++;
            return feature();
        } catch (JsonProcessingException e) {
            throw error(e);
        }
    }

    private void finishTop() throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            if (field.equals("crs")) {
                crs = parseCrs();
            } else {
                p.skipChildren();
            }
        }
        if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
            throw new MalformedDataException("GeoJSON: unexpected content after the features at " + where(p));
        }
    }

    private Feature feature() throws IOException {
        String where = where(p);
        GeoJsonGeometries.expect(p, JsonToken.START_OBJECT, "feature " + index + " as an object");
        String type = null;
        String id = null;
        Geometry geometry = null;
        Map<String, Object> props = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken t = p.nextToken();
            switch (field) {
                case "type" -> type = p.getValueAsString();
                case "id" -> id = p.getValueAsString();
                case "geometry" -> geometry = geometries.parse(p);
                case "properties" -> props = t == JsonToken.VALUE_NULL ? null : properties();
                default -> p.skipChildren();
            }
        }
        if (!"Feature".equals(type)) {
            throw new MalformedDataException("GeoJSON: feature " + index + " has type " + type + ", not Feature (" + where + ")");
        }
        return new Feature(id, geometry, props);
    }

    private Map<String, Object> properties() throws IOException {
        GeoJsonGeometries.expect(p, JsonToken.START_OBJECT, "an object");
        Map<String, Object> out = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            out.put(name, value());
        }
        return out;
    }

    private Object value() throws IOException {
        switch (p.currentToken()) {
            case START_OBJECT:
                return properties();
            case START_ARRAY: {
                List<Object> out = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    out.add(value());
                }
                return out;
            }
            case VALUE_NUMBER_INT:
                return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? (Object) p.getDoubleValue() : (Object) p.getLongValue();
            case VALUE_NUMBER_FLOAT:
                return p.getDoubleValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                return p.getText();
        }
    }

    @Override
    public String crs() {
        return crs == null ? "EPSG:4326" : crs;
    }

    @Override
    public void close() throws IOException {
        p.close();
    }
}
