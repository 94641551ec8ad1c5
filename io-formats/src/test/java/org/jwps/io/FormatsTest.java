package org.jwps.io;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Map;

import org.jwps.api.Format;
import org.jwps.api.Formats;
import org.jwps.io.internal.FormatsComponent;
import org.junit.Test;

public class FormatsTest {

    @Test
    public void everyPyWpsFormatIsKnown() {
        Map<String, Format> known = FormatsComponent.known();
        for (String name : new String[] {"GEOJSON", "JSON", "SHP", "GML", "GPX", "METALINK", "META4", "KML", "KMZ", "GEOTIFF",
            "WCS", "WCS100", "WCS110", "WCS20", "WFS", "WFS100", "WFS110", "WFS20", "WMS", "WMS130", "WMS110", "WMS100",
            "TEXT", "DODS", "NETCDF", "LAZ", "LAS", "XML", "CSV"}) {
            assertTrue(name, known.containsKey(name));
        }
        assertEquals("application/x-zipped-shp", Formats.SHP.mimeType());
        assertEquals("application/xogc-wcs", Formats.WCS.mimeType());
        assertEquals("image/tiff; subtype=geotiff", Formats.GEOTIFF.mimeType());
        assertEquals(".meta4", Formats.META4.extension());
    }

    @Test
    public void serviceProperties() {
        var p = FormatsComponent.properties("SHP", Formats.SHP);
        assertEquals("SHP", p.get("jwps.format.name"));
        assertEquals("application/x-zipped-shp", p.get("jwps.format.mimetype"));
        assertEquals(".zip", p.get("jwps.format.extension"));
        assertEquals("base64", p.get("jwps.format.encoding"));
    }

    @Test
    public void codecsAreChosenByMimeType() {
        for (Format f : new Format[] {Formats.GEOJSON, Formats.GEOJSON_LEGACY, Formats.JSON, Formats.GML, Formats.KML,
            Formats.KMZ, Formats.SHP, Format.of("text/xml; subtype=gml/3.1.1"), Format.of("application/gml+xml; version=3.2")}) {
            assertTrue(f.toString(), FeatureReaders.supports(f) && FeatureWriters.supports(f));
        }
    }

    @Test
    public void wktAndWkb() throws Exception {
        var g = Geometries.fromWkt("POLYGON ((0 0, 1 0, 1 1, 0 0))");
        assertEquals(g, Geometries.fromWkb(Geometries.toWkb(g)));
        try {
            Geometries.fromWkt("POLYGON ((0 0, 1 0");
            org.junit.Assert.fail();
        } catch (MalformedDataException e) {
            assertTrue(e.getMessage().startsWith("WKT"));
        }
    }
}
