package org.jwps.samples.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.jwps.api.ComplexInput;
import org.jwps.api.Format;
import org.jwps.api.Formats;
import org.jwps.api.ValidationMode;
import org.jwps.api.exception.InvalidParameterValueException;
import org.jwps.io.Feature;
import org.jwps.io.FeatureCollection;
import org.jwps.runtime.internal.execute.OutputValue;
import org.jwps.runtime.internal.protocol.InputValue;
import org.locationtech.jts.geom.Point;

/** buffer, area, centroids and feature_count on known geometries, through the executor and with plain new. */
public class GeometrySamplesTest {
    private static final String GML = Formats.GML.mimeType();
    private static final String GEOJSON = Formats.GEOJSON.mimeType();

    @Rule
    public final TemporaryFolder tmp = new TemporaryFolder();

    private static InputValue gml(String id, Layer layer) {
        return Run.complex(id, new String(layer.bytes(Formats.GML), StandardCharsets.UTF_8), GML);
    }

    private static InputValue geojson(String id, String json) {
        return Run.complex(id, json, GEOJSON);
    }

    private static String area(InputValue layer) {
        return Run.execute(new Area(), layer).get(0).text();
    }

    @Test
    public void areaOfTheOneAndTwoUnitSquaresIsOneAndFour() {
        assertEquals("[1.0, 4.0]", area(gml("layer", Layer.squares())));
    }

    @Test
    public void areaSubtractsHolesAndGivesZeroForPointsAndNullWithoutGeometry() {
        String json = "{\"type\":\"FeatureCollection\",\"features\":["
                + "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
                + "[[[0,0],[4,0],[4,4],[0,4],[0,0]],[[1,1],[2,1],[2,2],[1,2],[1,1]]]},\"properties\":{}},"
                + "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[3,3]},\"properties\":{}},"
                + "{\"type\":\"Feature\",\"geometry\":null,\"properties\":{\"note\":\"no geometry\"}}]}";
        assertEquals("[15.0, 0.0, null]", area(geojson("layer", json)));
        // the older GeoJSON mime types are accepted too
        assertEquals("[15.0, 0.0, null]", area(Run.complex("layer", json, "application/vnd.geo+json")));
        assertEquals("[15.0, 0.0, null]", area(Run.complex("layer", json, "application/json")));
    }

    @Test
    public void areaJsonHasNoNonFiniteNumbers() {
        assertEquals("null", Area.json(Double.POSITIVE_INFINITY));
        assertEquals("null", Area.json(Double.NaN));
        assertEquals("1.0E12", Area.json(1e12));
    }

    @Test
    public void malformedLayersAreInvalidParameterValuesNamingTheInput() {
        String truncatedGml = "<gml:FeatureCollection xmlns:gml='http://www.opengis.net/gml' xmlns:x='urn:x'>"
                + "<gml:featureMember><x:f><x:g><gml:Point><gml:pos>1 2</gml:pos></gml:Point></x:g>";
        String[][] bad = {
            {GML, truncatedGml},
            {GML, "this is not XML"},
            {GML, "<gml:FeatureCollection xmlns:gml='http://www.opengis.net/gml' xmlns:x='urn:x'><gml:featureMember>"
                + "<x:f><x:g><gml:Point><gml:pos>1 north</gml:pos></gml:Point></x:g></x:f></gml:featureMember>"
                + "</gml:FeatureCollection>"},
            {GEOJSON, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":"},
            {GEOJSON, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":"
                + "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[0,0]]]},\"properties\":{}}]}"},
            {GEOJSON, "[1, 2, 3]"},
        };
        for (String[] input : bad) {
            for (org.jwps.api.Process process : List.of(new Area(), new Centroids(), new FeatureCount())) {
                InvalidParameterValueException e = assertThrows(input[1], InvalidParameterValueException.class,
                        () -> Run.execute(process, Run.complex("layer", input[1], input[0])));
                assertEquals("layer", e.locator());
                assertTrue(e.getMessage(), e.getMessage().startsWith("Input layer is not valid " + input[0] + ": "));
                assertFalse(e.getMessage(), e.getMessage().contains("Exception"));
            }
        }
    }

    @Test
    public void bufferOfAPointWithDistanceOneIsCloseToPi() {
        Plain.Response response = new Plain.Response(Formats.GML);
        new Buffer().execute(new Plain.Request(tmp.getRoot().toPath())
                .with(Plain.complex("poly_in", Formats.GML, Layer.in("EPSG:3035").feature("p", "POINT (5 7)")
                        .bytes(Formats.GML)))
                .with(Plain.literal("buffer", 1.0)), response);
        Feature buffered = Layer.read(Formats.GML, response.bytes("buff_out")).features().get(0);
        double area = buffered.geometry().getArea();
        // JTS approximates a quarter circle with 8 segments: the inscribed 32-gon, 0.6 % short of pi
        assertTrue(String.valueOf(area), area < Math.PI);
        assertEquals(Math.PI, area, Math.PI * Math.pow(2 * Math.PI / 32, 2) / 6 * 1.01);
        assertEquals(5, buffered.geometry().getCentroid().getX(), 1e-12);
        assertEquals(7, buffered.geometry().getCentroid().getY(), 1e-12);
        assertEquals("Polygon", buffered.geometry().getGeometryType());
    }

    @Test
    public void bufferKeepsIdentifiersAttributesAndCrsAndReportsEachFeature() {
        Layer layer = Layer.squares().feature("bare", null);
        Plain.Response response = new Plain.Response(Formats.GML);
        new Buffer().execute(new Plain.Request(tmp.getRoot().toPath())
                .with(Plain.complex("poly_in", Formats.GML, layer.bytes(Formats.GML)))
                .with(Plain.literal("buffer", 0.5)), response);

        FeatureCollection out = Layer.read(Formats.GML, response.bytes("buff_out"));
        assertEquals("EPSG:3035", out.crs());
        assertEquals(3, out.size());
        for (int i = 0; i < 3; i++) {
            assertEquals(layer.collection().features().get(i).id(), out.features().get(i).id());
            assertEquals(layer.collection().features().get(i).properties(), out.features().get(i).properties());
        }
        // a square of side s buffered by r: s^2 + 4sr + the 32-gon of radius r
        double corners = 0.25 * 16 * Math.sin(Math.PI / 16);
        assertEquals(1 + 2 + corners, out.features().get(0).geometry().getArea(), 1e-9);
        assertEquals(4 + 4 + corners, out.features().get(1).geometry().getArea(), 1e-9);
        assertNull(out.features().get(2).geometry());

        assertEquals(List.of("Buffering feature 1 of 3", "Buffering feature 2 of 3", "Buffering feature 3 of 3"),
                response.messages);
        assertEquals(List.of(0, 33, 66), response.percents);
    }

    @Test
    public void bufferWritesTheFormatTheClientAsksFor() {
        String square = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"id\":\"sq\",\"geometry\":"
                + "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]},\"properties\":{\"a\":1}}]}";
        for (Format format : List.of(Formats.GEOJSON, Formats.GEOJSON_LEGACY)) {
            OutputValue out = Run.execute(new Buffer(), Run.asking("buff_out", format.mimeType()),
                    geojson("poly_in", square), Run.literal("buffer", "0")).get(0);
            assertEquals(format, out.format());
            FeatureCollection features = Layer.read(Formats.GEOJSON, out.bytes());
            assertEquals(1.0, features.features().get(0).geometry().getArea(), 1e-12);
            assertEquals(1L, features.features().get(0).property("a"));
            assertEquals("sq", features.features().get(0).id());
        }
        // by default: GML
        OutputValue gml = Run.execute(new Buffer(), geojson("poly_in", square), Run.literal("buffer", "2")).get(0);
        assertEquals(Formats.GML, gml.format());
        assertTrue(gml.text(), gml.text().contains("http://www.opengis.net/gml"));
        assertEquals(1 + 8 + 4 * 16 * Math.sin(Math.PI / 16),
                Layer.read(Formats.GML, gml.bytes()).features().get(0).geometry().getArea(), 1e-9);
    }

    @Test
    public void bufferDistanceMustLieBetweenZeroAndAThousand() {
        for (String distance : new String[] {"-1", "1000.5", "far"}) {
            InvalidParameterValueException e = assertThrows(distance, InvalidParameterValueException.class,
                    () -> Run.execute(new Buffer(), gml("poly_in", Layer.squares()), Run.literal("buffer", distance)));
            assertEquals("buffer", e.locator());
        }
        assertEquals(1, Run.execute(new Buffer(), gml("poly_in", Layer.squares()), Run.literal("buffer", "1000"))
                .size());
    }

    @Test
    public void centroidsOfKnownSquaresKeepAttributesAsGeoJson() {
        Layer layer = Layer.squares().feature("offset", "POLYGON ((10 10, 14 10, 14 12, 10 12, 10 10))")
                .feature("L", "POLYGON ((0 0, 3 0, 3 1, 1 1, 1 3, 0 3, 0 0))");
        OutputValue out = Run.execute(new Centroids(), gml("layer", layer)).get(0);
        assertEquals(Formats.GEOJSON, out.format());
        FeatureCollection centroids = Layer.read(Formats.GEOJSON, out.bytes());
        assertEquals("EPSG:3035", centroids.crs());
        // the L: two 3x1 bars (centres 1.5 and 0.5 along x) sharing a unit square (centre 0.5), area 5:
        // x = (3 * 1.5 + 3 * 0.5 - 1 * 0.5) / 5 = 1.1, and y the same by symmetry
        double[][] expected = {{0.5, 0.5}, {1, 1}, {12, 11}, {1.1, 1.1}};
        for (int i = 0; i < expected.length; i++) {
            Feature f = centroids.features().get(i);
            Point p = (Point) f.geometry();
            assertArrayEquals(f.id(), expected[i], new double[] {p.getX(), p.getY()}, 1e-12);
            assertEquals(layer.collection().features().get(i).properties(), f.properties());
        }
    }

    @Test
    public void centroidsHonourLatitudeFirstGml32() {
        String gml32 = "<gml:FeatureCollection xmlns:gml='http://www.opengis.net/gml/3.2' xmlns:x='urn:x' gml:id='c'>"
                + "<gml:featureMember><x:site gml:id='s1'><x:name>Hesse</x:name><x:geom>"
                + "<gml:Polygon gml:id='p1' srsName='urn:ogc:def:crs:EPSG::4326'><gml:exterior><gml:LinearRing>"
                + "<gml:posList>50 8 50 12 52 12 52 8 50 8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>"
                + "</x:geom></x:site></gml:featureMember></gml:FeatureCollection>";
        String json = Run.execute(new Centroids(), Run.complex("layer", gml32, GML)).get(0).text();
        Feature centroid = Layer.read(Formats.GEOJSON, json.getBytes(StandardCharsets.UTF_8)).features().get(0);
        // GeoJSON is longitude first: the centre of 8..12 E, 50..52 N
        assertEquals(10, centroid.geometry().getCoordinate().x, 1e-12);
        assertEquals(51, centroid.geometry().getCoordinate().y, 1e-12);
        assertEquals("Hesse", centroid.property("name"));
        assertFalse("WGS 84 GeoJSON has no crs member: " + json, json.contains("\"crs\""));
    }

    @Test
    public void featureCountReadsGmlGeoJsonKmlAndZippedShapefiles() {
        Layer points = Layer.in("EPSG:4326").feature("a", "POINT (1 2)").feature("b", "POINT (3 4)")
                .feature("c", "POINT (5 6)");
        for (Format format : List.of(Formats.GML, Formats.GEOJSON, Formats.GEOJSON_LEGACY, Formats.JSON, Formats.KML)) {
            String content = new String(points.bytes(format), StandardCharsets.UTF_8);
            assertEquals(format.mimeType(), 3, Run.execute(new FeatureCount(),
                    Run.complex("layer", content, format.mimeType())).get(0).value());
        }
        String zipped = Base64.getEncoder().encodeToString(points.bytes(Formats.SHP));
        assertEquals(3, Run.execute(new FeatureCount(), new InputValue.Complex("layer", zipped, false,
                Formats.SHP.mimeType(), "base64", null)).get(0).value());
        assertEquals(0, Run.execute(new FeatureCount(), geojson("layer",
                "{\"type\":\"FeatureCollection\",\"features\":[]}")).get(0).value());

        InvalidParameterValueException notAZip = assertThrows(InvalidParameterValueException.class,
                () -> Run.execute(new FeatureCount(), new InputValue.Complex("layer",
                        Base64.getEncoder().encodeToString("not a zip".getBytes(StandardCharsets.UTF_8)), false,
                        Formats.SHP.mimeType(), "base64", null)));
        assertEquals("layer", notAZip.locator());
    }

    @Test
    public void descriptionsFollowTheSpec() {
        assertEquals("buffer", new Buffer().description().identifier());
        ComplexInput polyIn = (ComplexInput) new Buffer().description().input("poly_in").orElseThrow();
        assertEquals(ValidationMode.STRICT, polyIn.mode());
        assertEquals(Formats.GML, polyIn.defaultFormat());
        assertEquals("1.0", new Area().description().version());
        assertEquals("Process Centroids", new Centroids().description().title());
        assertEquals("feature_count", new FeatureCount().description().identifier());
        for (org.jwps.api.Process p : List.of(new Buffer(), new Area(), new Centroids(), new FeatureCount())) {
            assertTrue(p.description().storeSupported() && p.description().statusSupported());
            p.description().inputs().forEach(i -> assertFalse(i.identifier(), i.abstractText().isBlank()));
            p.description().outputs().forEach(o -> assertFalse(o.identifier(), o.abstractText().isBlank()));
        }
    }
}
