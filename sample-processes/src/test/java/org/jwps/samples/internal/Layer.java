package org.jwps.samples.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jwps.api.Format;
import org.jwps.io.Feature;
import org.jwps.io.FeatureCollection;
import org.jwps.io.FeatureReaders;
import org.jwps.io.Geometries;

/** Test layers built from WKT, and their bytes in any format the io-formats writers know. */
final class Layer {
    private final String crs;
    private final List<Feature> features = new ArrayList<>();

    private Layer(String crs) {
        this.crs = crs;
    }

    /** @param crs the layer's CRS, e.g. {@code EPSG:3035} @return an empty layer */
    static Layer in(String crs) {
        return new Layer(crs);
    }

    /** Adds a feature with the given id, a {@code name} property equal to the id and a {@code rank}. */
    Layer feature(String id, String wkt) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("name", id);
        properties.put("rank", (long) features.size() + 1);
        try {
            features.add(new Feature(id, wkt == null ? null : Geometries.fromWkt(wkt), properties));
        } catch (IOException e) {
            throw new IllegalArgumentException(wkt, e);
        }
        return this;
    }

    FeatureCollection collection() {
        return new FeatureCollection(crs, features);
    }

    /** @return the layer written in the format */
    byte[] bytes(Format format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            org.jwps.io.FeatureWriters.write(format, collection(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** @return the features of a document, read back */
    static FeatureCollection read(Format format, byte[] content) {
        try {
            return FeatureReaders.read(format, new java.io.ByteArrayInputStream(content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A 1x1 and a 2x2 square, with the origin as lower left corner, in EPSG:3035. */
    static Layer squares() {
        return in("EPSG:3035")
                .feature("small", "POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))")
                .feature("large", "POLYGON ((0 0, 2 0, 2 2, 0 2, 0 0))");
    }
}
