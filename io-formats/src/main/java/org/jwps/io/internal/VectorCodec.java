package org.jwps.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;

import org.jwps.api.Format;
import org.jwps.io.FeatureCollection;
import org.jwps.io.FeatureReader;
import org.jwps.io.internal.json.GeoJsonFeatureReader;
import org.jwps.io.internal.json.GeoJsonWriter;
import org.jwps.io.internal.shp.ShapefileZipReader;
import org.jwps.io.internal.shp.ShapefileZipWriter;
import org.jwps.io.internal.xml.GmlFeatureReader;
import org.jwps.io.internal.xml.GmlWriter;
import org.jwps.io.internal.xml.KmlFeatureReader;
import org.jwps.io.internal.xml.KmlWriter;
import org.jwps.io.internal.zip.SafeZip;

/** The vector codecs, selected by mime type (parameters after {@code ;} are ignored, except GML's version). */
public enum VectorCodec {
    GEOJSON {
        @Override public FeatureReader open(InputStream in) throws IOException {
            return new GeoJsonFeatureReader(in);
        }
        @Override public void write(Format f, FeatureCollection c, OutputStream out) throws IOException {
            GeoJsonWriter.write(c, out);
        }
    },
    GML {
        @Override public FeatureReader open(InputStream in) throws IOException {
            return new GmlFeatureReader(in);
        }
        @Override public void write(Format f, FeatureCollection c, OutputStream out) throws IOException {
            GmlWriter.write(GmlWriter.Version.of(f), c, out);
        }
    },
    KML {
        @Override public FeatureReader open(InputStream in) throws IOException {
            return new KmlFeatureReader(in);
        }
        @Override public void write(Format f, FeatureCollection c, OutputStream out) throws IOException {
            KmlWriter.write(c, out);
        }
    },
    KMZ {
        @Override public FeatureReader open(InputStream in) throws IOException {
            return new KmlFeatureReader(SafeZip.openFirst(in, ".kml", "KMZ"));
        }
        @Override public void write(Format f, FeatureCollection c, OutputStream out) throws IOException {
            KmlWriter.writeKmz(c, out);
        }
    },
    SHP {
        @Override public FeatureReader open(InputStream in) throws IOException {
            return ShapefileZipReader.open(in);
        }
        @Override public void write(Format f, FeatureCollection c, OutputStream out) throws IOException {
            ShapefileZipWriter.write(c, out);
        }
    };

    /**
     * @param in the data, owned by the reader
     * @return a streaming reader
     * @throws IOException if the data cannot be opened
     */
    public abstract FeatureReader open(InputStream in) throws IOException;

    /**
     * @param format the format asked for (GML reads its version from it)
     * @param c      the features
     * @param out    where to write
     * @throws IOException if writing fails
     */
    public abstract void write(Format format, FeatureCollection c, OutputStream out) throws IOException;

    /** @param format a format, or {@code null} @return its codec, or {@code null} */
    public static VectorCodec of(Format format) {
        return format == null ? null : of(format.mimeType());
    }

    /** @param mimeType a mime type, or {@code null} @return its codec, or {@code null} */
    public static VectorCodec of(String mimeType) {
        if (mimeType == null) {
            return null;
        }
        String m = mimeType.toLowerCase(Locale.ROOT).replace(" ", "");
        String base = m.contains(";") ? m.substring(0, m.indexOf(';')) : m;
        switch (base) {
            case "application/geo+json": case "application/vnd.geo+json": case "application/json":
                return GEOJSON;
            case "application/gml+xml":
                return GML;
            case "application/vnd.google-earth.kml+xml":
                return KML;
            case "application/vnd.google-earth.kmz":
                return KMZ;
            case "application/x-zipped-shp":
                return SHP;
            default:
                return (base.equals("text/xml") || base.equals("application/xml")) && m.contains("subtype=gml") ? GML : null;
        }
    }
}
