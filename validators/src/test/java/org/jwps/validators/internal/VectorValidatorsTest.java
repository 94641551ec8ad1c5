package org.jwps.validators.internal;

import static org.jwps.api.ValidationMode.SIMPLE;
import static org.jwps.api.ValidationMode.STRICT;
import static org.jwps.api.ValidationMode.VERYSTRICT;
import static org.jwps.validators.internal.Modes.failsFrom;
import static org.jwps.validators.internal.Modes.passes;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.jwps.api.Format;
import org.jwps.api.Formats;
import org.jwps.io.FeatureCollection;
import org.jwps.io.FeatureWriters;
import org.jwps.io.Samples;
import org.junit.Test;

/** GeoJSON, JSON, GML, KML, KMZ and zipped Shapefile at each mode. */
public class VectorValidatorsTest {
    private static final FeatureCollection DATA = Samples.polygons(20);

    static byte[] write(Format f) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FeatureWriters.write(f, DATA, out);
        return out.toByteArray();
    }

    @Test
    public void geojson() throws Exception {
        GeoJsonValidator v = new GeoJsonValidator();
        passes(v, Formats.GEOJSON, write(Formats.GEOJSON));
        passes(v, Formats.GEOJSON_LEGACY, "{\"type\":\"Point\",\"coordinates\":[1,2]}");
        failsFrom(SIMPLE, v, Formats.GEOJSON, "[1, 2]", "not a JSON object");
        failsFrom(STRICT, v, Formats.GEOJSON, "{\"type\":\"Point\",\n \"coordinates\":[1,\"a\"]}", "bad coordinate", "line 2");
        // the reader accepts a feature without "properties"; RFC 7946 and the schema require it
        failsFrom(VERYSTRICT, v, Formats.GEOJSON, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[1,2]}}]}", "GeoJSON schema", "properties");
        failsFrom(VERYSTRICT, v, Formats.GEOJSON, "{\"type\":\"Point\",\"coordinates\":[1,2],\"bbox\":[1]}", "bbox");
    }

    @Test
    public void json() throws Exception {
        JsonValidator v = new JsonValidator();
        passes(v, Formats.JSON, "{\"a\": [1, 2, {\"b\": null}]}");
        failsFrom(SIMPLE, v, Formats.JSON, "<a/>", "does not start like a JSON value");
        failsFrom(STRICT, v, Formats.JSON, "{\"a\": 1,\n \"a\": 2}", "not valid JSON at line 2", "Duplicate");
        failsFrom(STRICT, v, Formats.JSON, "{\"a\": 1} {}", "more than one JSON value");
    }

    @Test
    public void gmlEveryVersion() throws Exception {
        GmlValidator v = new GmlValidator();
        passes(v, Formats.GML, write(Formats.GML));
        Format gml2 = Formats.GML.withSchema("http://schemas.opengis.net/gml/2.1.2/feature.xsd");
        passes(v, gml2, write(gml2));
        Format gml32 = Formats.GML.withSchema("http://schemas.opengis.net/gml/3.2.1/gml.xsd");
        passes(v, gml32, write(gml32));
    }

    @Test
    public void gmlFailures() throws Exception {
        GmlValidator v = new GmlValidator();
        failsFrom(SIMPLE, v, Formats.GML, "{\"type\":\"Point\"}", "not XML");
        failsFrom(SIMPLE, v, Formats.GML, "<a>no gml</a>", "namespace");
        String doc = "<gml:FeatureCollection xmlns:gml='http://www.opengis.net/gml' xmlns:a='urn:a'>\n<gml:featureMember>"
                + "<a:f><a:g>\n<gml:Point>%s</gml:Point></a:g></a:f></gml:featureMember></gml:FeatureCollection>";
        failsFrom(STRICT, v, Formats.GML, String.format(doc, "<gml:pos>1 x</gml:pos>"), "bad coordinate 'x'", "line 3");
        // the reader ignores what it does not know; the schema does not
        failsFrom(VERYSTRICT, v, Formats.GML, String.format(doc, "<gml:pos>1 2</gml:pos><gml:bogus/>"), "line 3", "bogus");
        failsFrom(STRICT, v, Formats.GML, "<?xml version='1.0'?><!DOCTYPE a [<!ENTITY e SYSTEM 'file:///etc/passwd'>]>"
                + "<gml:Point xmlns:gml='http://www.opengis.net/gml'>&e;</gml:Point>", "DTD");
    }

    @Test
    public void kml() throws Exception {
        KmlValidator v = new KmlValidator();
        passes(v, Formats.KML, write(Formats.KML));
        String kml = new String(write(Formats.KML), StandardCharsets.UTF_8);
        failsFrom(SIMPLE, v, Formats.KML, new String(write(Formats.GML), StandardCharsets.UTF_8), "kml/2.2 namespace");
        failsFrom(STRICT, v, Formats.KML, kml.replaceFirst("<coordinates>[-0-9.]+,", "<coordinates>east,"), "bad coordinate");
        failsFrom(VERYSTRICT, v, Formats.KML, kml.replaceFirst("<Placemark id=\"f0\">", "<Placemark id=\"f0\"><colour>red</colour>"),
                "not valid against", "line 1", "colour");
    }

    @Test
    public void kmz() throws Exception {
        KmzValidator v = new KmzValidator();
        passes(v, Formats.KMZ, write(Formats.KMZ));
        String kml = new String(write(Formats.KML), StandardCharsets.UTF_8);
        failsFrom(SIMPLE, v, Formats.KMZ, Samples.zip("doc.txt", new byte[1]), "no .kml file");
        failsFrom(SIMPLE, v, Formats.KMZ, kml.getBytes(StandardCharsets.UTF_8), "not a zip archive");
        failsFrom(STRICT, v, Formats.KMZ, Samples.zip("doc.kml", kml.replaceFirst("<coordinates>[-0-9.]+,", "<coordinates>x,")
                .getBytes(StandardCharsets.UTF_8)), "bad coordinate");
        failsFrom(VERYSTRICT, v, Formats.KMZ, Samples.zip("doc.kml", kml.replaceFirst("<Document>", "<Document><bogus/>")
                .getBytes(StandardCharsets.UTF_8)), "bogus");
    }

    @Test
    public void kmzHostileArchives() throws Exception {
        KmzValidator v = new KmzValidator();
        failsFrom(SIMPLE, v, Formats.KMZ, Samples.zip("../../etc/doc.kml", new byte[1]), "unsafe entry name");
        failsFrom(SIMPLE, v, Formats.KMZ, Samples.bomb("doc.kml", "<kml>", (byte) ' ', 200L << 20), "zip bomb");
    }

    static Map<String, byte[]> members(byte[] zip) throws Exception {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }

    static byte[] zip(Map<String, byte[]> m) throws Exception {
        List<Object> entries = new ArrayList<>();
        m.forEach((k, b) -> {
            entries.add(k);
            entries.add(b);
        });
        return Samples.zip(entries.toArray());
    }

    @Test
    public void shapefile() throws Exception {
        ShapefileValidator v = new ShapefileValidator();
        byte[] shp = write(Formats.SHP);
        passes(v, Formats.SHP, shp);
        Map<String, byte[]> noShx = members(shp);
        noShx.remove("layer.shx");
        failsFrom(SIMPLE, v, Formats.SHP, zip(noShx), "layer.shp has no layer.shx");
        Map<String, byte[]> truncated = members(shp);
        truncated.put("layer.shp", java.util.Arrays.copyOf(truncated.get("layer.shp"), 300));
        failsFrom(STRICT, v, Formats.SHP, zip(truncated), "truncated");
        Map<String, byte[]> badDbf = members(shp);
        badDbf.put("layer.dbf", java.util.Arrays.copyOf(badDbf.get("layer.dbf"), 20));
        failsFrom(STRICT, v, Formats.SHP, zip(badDbf), ".dbf");
    }

    @Test
    public void shapefileHostileArchives() throws Exception {
        ShapefileValidator v = new ShapefileValidator();
        failsFrom(SIMPLE, v, Formats.SHP, Samples.zip("../a.shp", new byte[1], "a.shx", new byte[1], "a.dbf", new byte[1]),
                "unsafe entry name");
        failsFrom(SIMPLE, v, Formats.SHP, Samples.zeros("a.shp", 200L << 20), "zip bomb");
        failsFrom(SIMPLE, v, Formats.SHP, "PK but not a zip".getBytes(StandardCharsets.UTF_8), "zipped shapefile");
    }
}
