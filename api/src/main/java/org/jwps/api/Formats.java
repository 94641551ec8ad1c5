package org.jwps.api;

/**
 * Constants for the known complex data formats, so process authors write {@code Formats.GEOJSON}.
 *
 * <p>Mime types, extensions, encodings and schemas follow PyWPS 4.2's {@code FORMATS}, with
 * two deliberate differences: GeoJSON uses the registered {@code application/geo+json} (the
 * older {@code application/vnd.geo+json} is {@link #GEOJSON_LEGACY}), and LAS/LAZ get their own
 * mime types ({@code application/x-las}, {@code application/x-laz}) instead of PyWPS's shared
 * {@code application/octet-stream}, because the server picks a validator by mime type.
 * Binary formats carry the {@code base64} encoding, as in PyWPS, so they can travel inline.
 */
public final class Formats {
    private static final String BASE64 = "base64";

    /** Plain text. */
    public static final Format TEXT = new Format("text/plain", null, null, ".txt");
    /** Any XML document. */
    public static final Format XML = new Format("text/xml", null, null, ".xml");
    /** Any XML document, under its registered application type (PyWPS's {@code XML}). */
    public static final Format APPLICATION_XML = new Format("application/xml", null, null, ".xml");
    /** JSON. */
    public static final Format JSON = new Format("application/json", null, null, ".json");
    /** GeoJSON (RFC 7946). */
    public static final Format GEOJSON = new Format("application/geo+json", null, null, ".geojson");
    /** GeoJSON under its older, unregistered mime type (PyWPS 4.2's {@code GEOJSON}). */
    public static final Format GEOJSON_LEGACY = new Format("application/vnd.geo+json", null, null, ".geojson");
    /** GML feature collections, version 2 or 3. */
    public static final Format GML = new Format("application/gml+xml", null, null, ".gml");
    /** CSV. */
    public static final Format CSV = new Format("text/csv", null, null, ".csv");

    /** An ESRI Shapefile zipped with its {@code .shx}, {@code .dbf} and optional {@code .prj}. */
    public static final Format SHP = new Format("application/x-zipped-shp", BASE64, null, ".zip");
    /** GPS Exchange Format. */
    public static final Format GPX = new Format("application/gpx+xml", null, null, ".gpx");
    /** Keyhole Markup Language 2.2. */
    public static final Format KML = new Format("application/vnd.google-earth.kml+xml", null, null, ".kml");
    /** Zipped KML. */
    public static final Format KMZ = new Format("application/vnd.google-earth.kmz", BASE64, null, ".kmz");
    /** GeoTIFF. */
    public static final Format GEOTIFF = new Format("image/tiff; subtype=geotiff", BASE64, null, ".tiff");
    /** Metalink 3.0 download description. */
    public static final Format METALINK = new Format("application/metalink+xml; version=3.0", null,
            "metalink/3.0/metalink.xsd", ".metalink");
    /** Metalink 4.0 download description (RFC 5854). */
    public static final Format META4 = new Format("application/metalink+xml; version=4.0", null,
            "metalink/4.0/metalink4.xsd", ".meta4");

    /** A WCS request, any version (PyWPS 4.2 spells the mime type {@code application/xogc-wcs}). */
    public static final Format WCS = new Format("application/xogc-wcs", null, null, ".xml");
    /** A WCS 1.0.0 request. */
    public static final Format WCS100 = new Format("application/x-ogc-wcs; version=1.0.0", null, null, ".xml");
    /** A WCS 1.1.0 request. */
    public static final Format WCS110 = new Format("application/x-ogc-wcs; version=1.1.0", null, null, ".xml");
    /** A WCS 2.0 request. */
    public static final Format WCS20 = new Format("application/x-ogc-wcs; version=2.0", null, null, ".xml");
    /** A WFS request, any version. */
    public static final Format WFS = new Format("application/x-ogc-wfs", null, null, ".xml");
    /** A WFS 1.0.0 request. */
    public static final Format WFS100 = new Format("application/x-ogc-wfs; version=1.0.0", null, null, ".xml");
    /** A WFS 1.1.0 request. */
    public static final Format WFS110 = new Format("application/x-ogc-wfs; version=1.1.0", null, null, ".xml");
    /** A WFS 2.0 request. */
    public static final Format WFS20 = new Format("application/x-ogc-wfs; version=2.0", null, null, ".xml");
    /** A WMS request, any version. */
    public static final Format WMS = new Format("application/x-ogc-wms", null, null, ".xml");
    /** A WMS 1.3.0 request. */
    public static final Format WMS130 = new Format("application/x-ogc-wms; version=1.3.0", null, null, ".xml");
    /** A WMS 1.1.0 request. */
    public static final Format WMS110 = new Format("application/x-ogc-wms; version=1.1.0", null, null, ".xml");
    /** A WMS 1.0.0 request. */
    public static final Format WMS100 = new Format("application/x-ogc-wms; version=1.0.0", null, null, ".xml");

    /** An OPeNDAP (DODS) data set, usually given by reference. */
    public static final Format DODS = new Format("application/x-ogc-dods", null, null, ".nc");
    /** NetCDF, classic (CDF-1/2/5) or NetCDF-4 (HDF5). */
    public static final Format NETCDF = new Format("application/x-netcdf", BASE64, null, ".nc");
    /** LAS point cloud (ASPRS LAS 1.0 to 1.4). */
    public static final Format LAS = new Format("application/x-las", BASE64, null, ".las");
    /** LAZ, the LASzip-compressed LAS point cloud. */
    public static final Format LAZ = new Format("application/x-laz", BASE64, null, ".laz");

    private Formats() {
    }
}
