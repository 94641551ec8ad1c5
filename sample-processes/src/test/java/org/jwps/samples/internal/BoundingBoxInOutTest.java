package org.jwps.samples.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.Map;

import org.junit.Test;
import org.jwps.api.BoundingBox;
import org.jwps.api.exception.InvalidParameterValueException;
import org.jwps.runtime.internal.protocol.InputValue;

/**
 * boundingbox, and the EPSG:3035 to EPSG:4326 transform behind it, against reference values:
 * the projection's own definition (its false origin is 52°N 10°E), the worked example of IOGP
 * Guidance Note 7-2 for Lambert azimuthal equal-area (50°N 5°E is E 3962799.45, N 2999718.85),
 * and PROJ 9.1.1 ({@code cs2cs EPSG:3035 EPSG:4258}) on the outline of a box densified to 20,000
 * points an edge.
 */
public class BoundingBoxInOutTest {
    /** One centimetre on the ground is about 1e-7 degrees; proj4j and PROJ agree far better than that. */
    private static final double CM = 1e-7;

    private static BoundingBox run(String crs, double... corners) {
        return (BoundingBox) Run.execute(new BoundingBoxInOut(), new InputValue.BoundingBox("bboxin", crs, 2,
                new double[] {corners[0], corners[1]}, new double[] {corners[2], corners[3]})).get(0).value();
    }

    private static void assertBox(double[] expected, BoundingBox actual, double tolerance) {
        assertEquals("EPSG:4326", actual.crs());
        assertArrayEquals(actual.toString(), new double[] {expected[0], expected[1]}, actual.lowerCorner(), tolerance);
        assertArrayEquals(actual.toString(), new double[] {expected[2], expected[3]}, actual.upperCorner(), tolerance);
    }

    @Test
    public void wgs84BoxComesBackUnchanged() {
        assertBox(new double[] {-10.5, 35, 30, 71.25}, run("EPSG:4326", -10.5, 35, 30, 71.25), 0);
    }

    @Test
    public void falseOriginIsTheProjectionCentre() {
        assertBox(new double[] {10, 52, 10, 52}, run("EPSG:3035", 4321000, 3210000, 4321000, 3210000), 1e-9);
    }

    @Test
    public void guidanceNoteExample() {
        assertBox(new double[] {5, 50, 5, 50}, run("EPSG:3035", 3962799.45, 2999718.85, 3962799.45, 2999718.85), CM);
    }

    @Test
    public void boxReachesBeyondItsCornersWhereAnEdgeBulges() {
        BoundingBox box = run("EPSG:3035", 2500000, 1500000, 6000000, 5000000);
        // PROJ: west and east at the upper corners, south at the lower left corner, north in the
        // middle of the upper edge, on the central meridian
        assertBox(new double[] {-28.558626056, 34.427825378, 46.091904370, 68.122484502744}, box, CM);
        // the corners alone would say 64.07 degrees north: four degrees short
        double[] upperLeft = new LaeaEurope().toLonLat(2500000, 5000000);
        double[] upperRight = new LaeaEurope().toLonLat(6000000, 5000000);
        assertTrue(box.upperCorner()[1] - Math.max(upperLeft[1], upperRight[1]) > 4);
    }

    @Test
    public void polesInvertToNinetyDegrees() {
        LaeaEurope laea = new LaeaEurope();
        assertEquals(90, laea.toLonLat(LaeaEurope.FALSE_EASTING, LaeaEurope.NORTH_POLE_NORTHING)[1], 1e-6);
        assertEquals(-90, laea.toLonLat(LaeaEurope.FALSE_EASTING, LaeaEurope.SOUTH_POLE_NORTHING)[1], 1e-6);
    }

    @Test
    public void boxAroundThePoleSpansEveryLongitude() {
        double pole = LaeaEurope.NORTH_POLE_NORTHING;
        BoundingBox box = run("EPSG:3035", 4021000, pole - 300000, 4621000, pole + 300000);
        assertEquals(-180, box.lowerCorner()[0], 0);
        assertEquals(180, box.upperCorner()[0], 0);
        assertEquals(90, box.upperCorner()[1], 0);
        // the corners are the farthest points from the pole, about 424 km: near 86.2 degrees north
        assertEquals(86.2, box.lowerCorner()[1], 0.1);
    }

    @Test
    public void boxAcrossTheAntimeridianSpansEveryLongitudeButNotThePole() {
        // beyond the pole, a little east of the central meridian's continuation (170 W): 180 runs through it
        double pole = LaeaEurope.NORTH_POLE_NORTHING;
        BoundingBox box = run("EPSG:3035", 4421000, pole + 800000, 4721000, pole + 1200000);
        assertEquals(-180, box.lowerCorner()[0], 0);
        assertEquals(180, box.upperCorner()[0], 0);
        assertTrue(box.toString(), box.upperCorner()[1] < 83);
    }

    @Test
    public void boxOutsideTheProjectedAreaIsInvalid() {
        InvalidParameterValueException e = assertThrows(InvalidParameterValueException.class,
                () -> run("EPSG:3035", 4321000, 3210000, 4321000, 3210000 + 13_000_000));
        assertEquals("bboxin", e.locator());
        assertTrue(e.getMessage(), e.getMessage().contains("outside the area EPSG:3035 projects"));
    }

    @Test
    public void kvpBoxWithItsCrs() {
        BoundingBox box = (BoundingBox) Run.execute(new BoundingBoxInOut(), new InputValue.Kvp("bboxin",
                "4321000,3210000,4321000,3210000,EPSG:3035", Map.of())).get(0).value();
        assertBox(new double[] {10, 52, 10, 52}, box, 1e-9);
        // without a CRS the box is in the default, EPSG:4326
        box = (BoundingBox) Run.execute(new BoundingBoxInOut(), new InputValue.Kvp("bboxin", "1,2,3,4", Map.of()))
                .get(0).value();
        assertBox(new double[] {1, 2, 3, 4}, box, 0);
        assertEquals("bboxin", assertThrows(InvalidParameterValueException.class, () -> run("EPSG:3857", 0, 0, 1, 1))
                .locator());
    }

    @Test
    public void worksWithPlainNew() {
        Plain.Response response = new Plain.Response(null);
        new BoundingBoxInOut().execute(new Plain.Request(null).with(Plain.literal("bboxin",
                new BoundingBox("EPSG:3035", new double[] {3962799.45, 2999718.85}, new double[] {3962799.45, 2999718.85}))),
                response);
        assertEquals("boundingbox", new BoundingBoxInOut().description().identifier());
        assertEquals("0.1", new BoundingBoxInOut().description().version());
        assertBox(new double[] {5, 50, 5, 50}, (BoundingBox) response.value("bboxout"), CM);
    }
}
