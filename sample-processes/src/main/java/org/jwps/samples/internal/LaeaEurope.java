package org.jwps.samples.internal;

import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;
import org.locationtech.proj4j.Proj4jException;

/**
 * The inverse of EPSG:3035, ETRS89-extended / LAEA Europe: easting and northing in metres to
 * ETRS89 longitude and latitude in degrees, through proj4j.
 *
 * <p>The projection is defined here by its parameters (Lambert azimuthal equal-area on GRS 80,
 * centre 52°N 10°E, false easting 4321000 m, false northing 3210000 m) rather than looked up in
 * proj4j's EPSG table, which lives in a separate 1.2 MB jar without an OSGi manifest: this
 * process needs one CRS, and its definition does not change.
 *
 * <p>Not thread-safe (a proj4j transform keeps scratch coordinates): use one instance per
 * execution. Creating one costs microseconds.
 */
final class LaeaEurope {
    /** The proj definition of EPSG:3035. */
    static final String EPSG_3035 = "+proj=laea +lat_0=52 +lon_0=10 +x_0=4321000 +y_0=3210000 +ellps=GRS80 "
            + "+units=m +no_defs";
    /** The easting of the central meridian (10°E), on which both poles lie. */
    static final double FALSE_EASTING = 4321000;
    /**
     * Northings of the North and South Pole, from the EPSG formulas (as PROJ 9.1 {@code cs2cs}
     * computes them); the unit tests check that they invert to ±90°.
     */
    static final double NORTH_POLE_NORTHING = 7369716.2555;
    static final double SOUTH_POLE_NORTHING = -8828174.5111;

    private final CoordinateTransform inverse;
    private final ProjCoordinate projected = new ProjCoordinate();
    private final ProjCoordinate geographic = new ProjCoordinate();

    LaeaEurope() {
        CRSFactory factory = new CRSFactory();
        inverse = new CoordinateTransformFactory().createTransform(
                factory.createFromParameters("EPSG:3035", EPSG_3035),
                // same ellipsoid, no datum shift: the result is ETRS89 longitude/latitude
                factory.createFromParameters("ETRS89", "+proj=longlat +ellps=GRS80 +no_defs"));
    }

    /**
     * @param easting  x in metres
     * @param northing y in metres
     * @return longitude in [-180, 180] and latitude, in degrees
     * @throws IllegalArgumentException if the point lies outside the area the projection maps
     *                                  (farther than about 12,700 km from the false origin)
     */
    double[] toLonLat(double easting, double northing) {
        projected.x = easting;
        projected.y = northing;
        try {
            inverse.transform(projected, geographic);
        } catch (Proj4jException e) {
            throw outside(easting, northing);
        }
        if (!Double.isFinite(geographic.x) || !Double.isFinite(geographic.y)) {
            throw outside(easting, northing);
        }
        return new double[] {geographic.x, geographic.y};
    }

    private static IllegalArgumentException outside(double easting, double northing) {
        return new IllegalArgumentException("the point (" + easting + ", " + northing + ") lies outside the area "
                + "EPSG:3035 projects");
    }
}
