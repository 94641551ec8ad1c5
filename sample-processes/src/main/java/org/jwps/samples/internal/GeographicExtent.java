package org.jwps.samples.internal;

import java.util.function.DoubleUnaryOperator;

/**
 * The longitude/latitude box enclosing a rectangle of EPSG:3035, as tight as the outline allows.
 *
 * <p>Transforming the two corners is not enough: the edges of a projected rectangle are curves
 * in longitude and latitude, and a parallel bulges north of a straight edge. The longitude and
 * latitude of an inverse map have no extreme inside the rectangle other than at a pole, so the
 * extremes lie on the outline: each edge is sampled, and each extreme is then refined by a
 * golden-section search between the neighbours of the best sample, to well below a millimetre.
 *
 * <p>A rectangle holding a pole reaches ±90° and every longitude. One whose outline crosses
 * the antimeridian gets every longitude too, because a WPS 1.0.0 box cannot wrap around it.
 * {@link #of} is thread-safe: each call has its own projection.
 */
final class GeographicExtent {
    /** Samples per edge before refinement: enough to bracket each extreme of a sane box. */
    private static final int SEGMENTS = 32;
    private static final int REFINEMENTS = 60;
    private static final double GOLDEN = (Math.sqrt(5) - 1) / 2;

    private final LaeaEurope projection = new LaeaEurope();
    private double west = Double.POSITIVE_INFINITY;
    private double east = Double.NEGATIVE_INFINITY;
    private double south = Double.POSITIVE_INFINITY;
    private double north = Double.NEGATIVE_INFINITY;
    private boolean wraps;

    private GeographicExtent() {
    }

    /**
     * @param lower the lower corner in EPSG:3035, easting then northing, in metres
     * @param upper the upper corner
     * @return {@code {west, south, east, north}} in degrees (ETRS89, which EPSG takes as equal to
     *         WGS 84 to within a metre)
     * @throws IllegalArgumentException if part of the rectangle lies outside the area EPSG:3035 projects
     */
    static double[] of(double[] lower, double[] upper) {
        GeographicExtent extent = new GeographicExtent();
        double x0 = lower[0];
        double y0 = lower[1];
        double x1 = upper[0];
        double y1 = upper[1];
        extent.edge(x0, y0, x1, y0);
        extent.edge(x1, y0, x1, y1);
        extent.edge(x1, y1, x0, y1);
        extent.edge(x0, y1, x0, y0);
        boolean onCentralMeridian = x0 <= LaeaEurope.FALSE_EASTING && LaeaEurope.FALSE_EASTING <= x1;
        if (onCentralMeridian && y0 <= LaeaEurope.NORTH_POLE_NORTHING && LaeaEurope.NORTH_POLE_NORTHING <= y1) {
            extent.north = 90;
            extent.wraps = true;
        }
        if (onCentralMeridian && y0 <= LaeaEurope.SOUTH_POLE_NORTHING && LaeaEurope.SOUTH_POLE_NORTHING <= y1) {
            extent.south = -90;
            extent.wraps = true;
        }
        if (extent.wraps) {
            return new double[] {-180, extent.south, 180, extent.north};
        }
        return new double[] {extent.west, extent.south, extent.east, extent.north};
    }

    private void edge(double xa, double ya, double xb, double yb) {
        DoubleUnaryOperator lon = t -> projection.toLonLat(xa + t * (xb - xa), ya + t * (yb - ya))[0];
        DoubleUnaryOperator lat = t -> projection.toLonLat(xa + t * (xb - xa), ya + t * (yb - ya))[1];
        double[] lons = new double[SEGMENTS + 1];
        double[] lats = new double[SEGMENTS + 1];
        for (int i = 0; i <= SEGMENTS; i++) {
            double[] point = projection.toLonLat(xa + (xb - xa) * i / SEGMENTS, ya + (yb - ya) * i / SEGMENTS);
            lons[i] = point[0];
            lats[i] = point[1];
            // a straight segment subtends less than 180 degrees at the pole, so neighbouring samples more
            // than 180 degrees of longitude apart mean the edge crossed the antimeridian between them
            wraps |= i > 0 && Math.abs(lons[i] - lons[i - 1]) > 180;
        }
        south = Math.min(south, extreme(lat, lats, false));
        north = Math.max(north, extreme(lat, lats, true));
        if (!wraps) {
            west = Math.min(west, extreme(lon, lons, false));
            east = Math.max(east, extreme(lon, lons, true));
        }
    }

    /** The extreme of f over [0, 1], from its samples and a search around the best of them. */
    private static double extreme(DoubleUnaryOperator f, double[] samples, boolean max) {
        int best = 0;
        for (int i = 1; i < samples.length; i++) {
            if (max ? samples[i] > samples[best] : samples[i] < samples[best]) {
                best = i;
            }
        }
        double a = Math.max(best - 1, 0) / (double) SEGMENTS;
        double b = Math.min(best + 1, SEGMENTS) / (double) SEGMENTS;
        double sign = max ? 1 : -1;
        double found = sign * samples[best];
        // golden-section search for the largest sign * f on [a, b]
        double c = b - GOLDEN * (b - a);
        double d = a + GOLDEN * (b - a);
        double fc = sign * f.applyAsDouble(c);
        double fd = sign * f.applyAsDouble(d);
        for (int i = 0; i < REFINEMENTS; i++) {
            found = Math.max(found, Math.max(fc, fd));
            if (fc > fd) {
                b = d;
                d = c;
                fd = fc;
                c = b - GOLDEN * (b - a);
                fc = sign * f.applyAsDouble(c);
            } else {
                a = c;
                c = d;
                fc = fd;
                d = a + GOLDEN * (b - a);
                fd = sign * f.applyAsDouble(d);
            }
        }
        return sign * Math.max(found, Math.max(fc, fd));
    }
}
