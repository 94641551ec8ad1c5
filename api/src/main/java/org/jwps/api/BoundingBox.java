package org.jwps.api;

import java.util.Arrays;
import java.util.Objects;

/**
 * A bounding box value: lower and upper corner in a coordinate reference system. Immutable.
 */
public final class BoundingBox {
    private final String crs;
    private final double[] lowerCorner;
    private final double[] upperCorner;

    /**
     * @param crs         the CRS identifier, e.g. {@code EPSG:4326}, or {@code null} when unknown
     * @param lowerCorner the minimum of each axis
     * @param upperCorner the maximum of each axis, as many as the lower corner
     * @throws IllegalArgumentException if the corners differ in dimension or have fewer than one
     */
    public BoundingBox(String crs, double[] lowerCorner, double[] upperCorner) {
        Objects.requireNonNull(lowerCorner, "lowerCorner");
        Objects.requireNonNull(upperCorner, "upperCorner");
        if (lowerCorner.length == 0 || lowerCorner.length != upperCorner.length) {
            throw new IllegalArgumentException("the corners of a bounding box must have the same, non-zero dimension");
        }
        this.crs = crs;
        this.lowerCorner = lowerCorner.clone();
        this.upperCorner = upperCorner.clone();
    }

    /** @return the CRS identifier, or {@code null} */
    public String crs() {
        return crs;
    }

    /** @return the number of axes */
    public int dimensions() {
        return lowerCorner.length;
    }

    /** @return a copy of the lower corner */
    public double[] lowerCorner() {
        return lowerCorner.clone();
    }

    /** @return a copy of the upper corner */
    public double[] upperCorner() {
        return upperCorner.clone();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof BoundingBox)) {
            return false;
        }
        BoundingBox b = (BoundingBox) o;
        return Objects.equals(crs, b.crs) && Arrays.equals(lowerCorner, b.lowerCorner)
                && Arrays.equals(upperCorner, b.upperCorner);
    }

    @Override
    public int hashCode() {
        return Objects.hash(crs, Arrays.hashCode(lowerCorner), Arrays.hashCode(upperCorner));
    }

    @Override
    public String toString() {
        return "BoundingBox[" + crs + ", " + Arrays.toString(lowerCorner) + ", " + Arrays.toString(upperCorner) + "]";
    }
}
