package org.jwps.io;

import java.util.Iterator;
import java.util.List;

/**
 * Features read whole, with their coordinate reference system. Immutable.
 *
 * @param crs      the CRS as {@code EPSG:<code>} (or as given when not an EPSG code), or
 *                 {@code null} when the data does not say
 * @param features the features, in document order
 */
public record FeatureCollection(String crs, List<Feature> features) implements Iterable<Feature> {

    /** Copies the list. */
    public FeatureCollection {
        features = List.copyOf(features);
    }

    /** @param features the features @return a collection in WGS 84 longitude/latitude ({@code EPSG:4326}) */
    public static FeatureCollection wgs84(List<Feature> features) {
        return new FeatureCollection("EPSG:4326", features);
    }

    /** @return the number of features */
    public int size() {
        return features.size();
    }

    @Override
    public Iterator<Feature> iterator() {
        return features.iterator();
    }
}
