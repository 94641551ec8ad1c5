package org.jwps.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.locationtech.jts.geom.Geometry;

/**
 * A feature: an optional identifier, an optional JTS geometry and ordered properties. Property
 * values are {@code String}, {@code Long}, {@code Double}, {@code Boolean}, {@code null}, or,
 * from GeoJSON, nested {@code Map}s and {@code List}s. Immutable (the geometry is shared, as JTS
 * geometries are by convention not modified once built).
 */
public final class Feature {
    private final String id;
    private final Geometry geometry;
    private final Map<String, Object> properties;

    /**
     * @param id         the identifier, or {@code null}
     * @param geometry   the geometry, or {@code null}
     * @param properties the properties in order (copied; {@code null} values allowed), or {@code null}
     */
    public Feature(String id, Geometry geometry, Map<String, ?> properties) {
        this.id = id;
        this.geometry = geometry;
        this.properties = properties == null || properties.isEmpty()
                ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    /** @param geometry the geometry @return a feature without identifier and properties */
    public static Feature of(Geometry geometry) {
        return new Feature(null, geometry, null);
    }

    /** @return the identifier, or {@code null} */
    public String id() {
        return id;
    }

    /** @return the geometry, or {@code null} */
    public Geometry geometry() {
        return geometry;
    }

    /** @return the properties, in document order, unmodifiable */
    public Map<String, Object> properties() {
        return properties;
    }

    /** @param name a property name @return its value, or {@code null} */
    public Object property(String name) {
        return properties.get(name);
    }

    /** @param newGeometry the new geometry @return a copy with that geometry, same id and properties */
    public Feature withGeometry(Geometry newGeometry) {
        return new Feature(id, newGeometry, properties);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Feature f && Objects.equals(id, f.id)
                && (geometry == null ? f.geometry == null : f.geometry != null && geometry.equalsExact(f.geometry))
                && properties.equals(f.properties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, properties);
    }

    @Override
    public String toString() {
        return "Feature[id=" + id + ", geometry=" + geometry + ", properties=" + properties + "]";
    }
}
