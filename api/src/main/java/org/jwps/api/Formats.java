package org.jwps.api;

/**
 * Constants for the common formats, so process authors write {@code Formats.GEOJSON}.
 */
public final class Formats {
    /** Plain text. */
    public static final Format TEXT = new Format("text/plain", null, null, ".txt");
    /** Any XML document. */
    public static final Format XML = new Format("text/xml", null, null, ".xml");
    /** Any XML document, under its registered application type. */
    public static final Format APPLICATION_XML = new Format("application/xml", null, null, ".xml");
    /** JSON. */
    public static final Format JSON = new Format("application/json", null, null, ".json");
    /** GeoJSON (RFC 7946). */
    public static final Format GEOJSON = new Format("application/geo+json", null, null, ".geojson");
    /** GeoJSON under its older, unregistered mime type. */
    public static final Format GEOJSON_LEGACY = new Format("application/vnd.geo+json", null, null, ".geojson");
    /** GML feature collections, version 2 or 3. */
    public static final Format GML = new Format("application/gml+xml", null, null, ".gml");
    /** CSV. */
    public static final Format CSV = new Format("text/csv", null, null, ".csv");

    private Formats() {
    }
}
