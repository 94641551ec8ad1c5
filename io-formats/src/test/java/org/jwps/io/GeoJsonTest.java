package org.jwps.io;

import static org.jwps.io.TestSupport.fails;
import static org.jwps.io.TestSupport.read;
import static org.jwps.io.TestSupport.write;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import org.jwps.api.Format;
import org.jwps.api.Formats;
import org.junit.Test;

public class GeoJsonTest {

    @Test
    public void readsFeatureCollectionWithPropertiesInOrder() throws Exception {
        FeatureCollection c = read(Formats.GEOJSON, """
                {"features": [
                  {"properties": {"name": "a", "n": 3, "x": 1.5, "ok": true, "none": null, "tags": ["t"]},
                   "geometry": {"coordinates": [1, 2], "type": "Point"}, "type": "Feature", "id": 7},
                  {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [[[0,0],[1,0],[1,1],[0,0]]]}, "properties": null}
                ], "type": "FeatureCollection"}""");
        assertEquals(2, c.size());
        Feature a = c.features().get(0);
        assertEquals("7", a.id());
        assertEquals("POINT (1 2)", a.geometry().toText());
        assertEquals(java.util.List.of("name", "n", "x", "ok", "none", "tags"), java.util.List.copyOf(a.properties().keySet()));
        assertEquals(3L, a.property("n"));
        assertEquals(1.5, a.property("x"));
        assertEquals(Boolean.TRUE, a.property("ok"));
        assertNull(a.property("none"));
        assertEquals("Polygon", c.features().get(1).geometry().getGeometryType());
        assertEquals("EPSG:4326", c.crs());
    }

    @Test
    public void readsSingleFeatureAndBareGeometry() throws Exception {
        assertEquals("LINESTRING (0 0, 1 1)", read(Formats.GEOJSON_LEGACY,
                "{\"type\":\"Feature\",\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[0,0],[1,1]]},\"properties\":{}}")
                .features().get(0).geometry().toText());
        assertEquals("MULTIPOINT ((0 0), (1 1))", read(Formats.JSON,
                "{\"coordinates\":[[0,0],[1,1]],\"type\":\"MultiPoint\"}").features().get(0).geometry().toText());
    }

    @Test
    public void legacyCrsMemberIsHonoured() throws Exception {
        assertEquals("EPSG:3857", read(Formats.GEOJSON, "{\"type\":\"FeatureCollection\",\"features\":[],"
                + "\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::3857\"}}}").crs());
    }

    @Test
    public void roundTripKeepsGeometriesAndAttributes() throws Exception {
        FeatureCollection c = Samples.polygons(50);
        FeatureCollection back = read(Formats.GEOJSON, write(Formats.GEOJSON, c));
        assertEquals(c.features(), back.features());
    }

    @Test
    public void badCoordinateIsReportedWithItsPosition() throws Exception {
        fails(Formats.GEOJSON, "{\"type\":\"Point\",\n\"coordinates\":[1, \"x\"]}", "bad coordinate x", "line 2");
    }

    @Test
    public void shortPositionAndOpenRingAreRefused() throws Exception {
        fails(Formats.GEOJSON, "{\"type\":\"Point\",\"coordinates\":[1]}", "at least 2 numbers");
        fails(Formats.GEOJSON, "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1]]]}", "not closed");
    }

    @Test
    public void notJsonIsRefusedWithLineAndColumn() throws Exception {
        fails(Formats.GEOJSON, "{\"type\": \"FeatureCollection\", \"features\": [\n{,}]}", "not valid JSON", "line 2");
        fails(Formats.GEOJSON, "<xml/>", "not valid JSON");
        fails(Formats.GEOJSON, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\"", "not valid JSON");
    }

    @Test
    public void deeplyNestedDocumentIsRefused() throws Exception {
        fails(Formats.GEOJSON, "{\"type\":\"Feature\",\"properties\":{\"a\":" + "[".repeat(100_000), "not valid JSON");
    }

    @Test
    public void featureOfWrongTypeIsRefused() throws Exception {
        fails(Formats.GEOJSON, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Point\",\"coordinates\":[0,0]}]}",
                "feature 1 has type Point");
    }

    @Test
    public void unknownMimeTypeHasNoReader() {
        org.junit.Assert.assertFalse(FeatureReaders.supports(Format.of("text/plain")));
    }
}
