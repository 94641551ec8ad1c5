package org.jwps.io;

import static org.jwps.io.TestSupport.fails;
import static org.jwps.io.TestSupport.read;
import static org.jwps.io.TestSupport.write;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;

import org.jwps.api.Format;
import org.jwps.api.Formats;
import org.junit.Test;

public class GmlTest {
    static final String GML2 = """
            <?xml version="1.0"?>
            <ogr:FeatureCollection xmlns:ogr="http://ogr.maptools.org/" xmlns:gml="http://www.opengis.net/gml">
              <gml:boundedBy><gml:Box srsName="EPSG:4326"><gml:coordinates>0,0 10,10</gml:coordinates></gml:Box></gml:boundedBy>
              <gml:featureMember>
                <ogr:roads fid="roads.0">
                  <ogr:geometryProperty><gml:LineString srsName="EPSG:4326"><gml:coordinates>0,0 5,5 10,10</gml:coordinates></gml:LineString></ogr:geometryProperty>
                  <ogr:name>Main street</ogr:name>
                  <ogr:lanes>2</ogr:lanes>
                  <ogr:code>0042</ogr:code>
                </ogr:roads>
              </gml:featureMember>
              <gml:featureMember>
                <ogr:roads fid="roads.1">
                  <ogr:geometryProperty><gml:Polygon><gml:outerBoundaryIs><gml:LinearRing><gml:coordinates>0,0 1,0 1,1 0,0</gml:coordinates></gml:LinearRing></gml:outerBoundaryIs></gml:Polygon></ogr:geometryProperty>
                  <ogr:name>Square</ogr:name>
                </ogr:roads>
              </gml:featureMember>
            </ogr:FeatureCollection>
            """;

    @Test
    public void readsGml2WithAttributes() throws Exception {
        FeatureCollection c = read(Formats.GML, GML2);
        assertEquals(2, c.size());
        Feature f = c.features().get(0);
        assertEquals("roads.0", f.id());
        assertEquals("LINESTRING (0 0, 5 5, 10 10)", f.geometry().toText());
        assertEquals("Main street", f.property("name"));
        assertEquals(2L, f.property("lanes"));
        assertEquals("0042", f.property("code"));
        assertEquals("EPSG:4326", c.crs());
    }

    @Test
    public void gml32WithUrnEpsg4326IsLatitudeFirst() throws Exception {
        FeatureCollection c = read(Formats.GML, """
                <wfs:FeatureCollection xmlns:wfs="http://www.opengis.net/wfs/2.0" xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:app="urn:app">
                  <wfs:member><app:city gml:id="c1"><app:geom>
                    <gml:Point gml:id="p1" srsName="urn:ogc:def:crs:EPSG::4326"><gml:pos>52.5 13.4</gml:pos></gml:Point>
                  </app:geom><app:pop>3600000</app:pop></app:city></wfs:member>
                  <wfs:member><app:city gml:id="c2"><app:geom>
                    <gml:MultiSurface gml:id="m1" srsName="http://www.opengis.net/def/crs/EPSG/0/4326"><gml:surfaceMember>
                      <gml:Polygon gml:id="q1"><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">0 0 0 1 1 1 0 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>
                    </gml:surfaceMember></gml:MultiSurface>
                  </app:geom></app:city></wfs:member>
                </wfs:FeatureCollection>""");
        assertEquals("POINT (13.4 52.5)", c.features().get(0).geometry().toText());
        assertEquals(3600000L, c.features().get(0).property("pop"));
        assertEquals("MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)))", c.features().get(1).geometry().toText());
        assertEquals("EPSG:4326", c.crs());
    }

    @Test
    public void gml31CurvesSurfacesAndEpsgCodeStayXy() throws Exception {
        FeatureCollection c = read(Formats.GML, """
                <gml:FeatureCollection xmlns:gml="http://www.opengis.net/gml" xmlns:a="urn:a">
                  <gml:featureMembers>
                    <a:f gml:id="1"><a:g><gml:Curve srsName="EPSG:4326"><gml:segments>
                      <gml:LineStringSegment><gml:posList>0 0 1 1</gml:posList></gml:LineStringSegment>
                      <gml:LineStringSegment><gml:pos>1 1</gml:pos><gml:pos>2 0</gml:pos></gml:LineStringSegment>
                    </gml:segments></gml:Curve></a:g></a:f>
                    <a:f gml:id="2"><a:g><gml:Point><gml:pos srsDimension="3">1 2 3</gml:pos></gml:Point></a:g></a:f>
                  </gml:featureMembers>
                </gml:FeatureCollection>""");
        assertEquals("LINESTRING (0 0, 1 1, 2 0)", c.features().get(0).geometry().toText());
        assertEquals(3.0, c.features().get(1).geometry().getCoordinate().getZ(), 0);
    }

    @Test
    public void bareGeometryIsOneFeature() throws Exception {
        assertEquals("POINT (1 2)", read(Formats.GML, "<gml:Point xmlns:gml='http://www.opengis.net/gml'><gml:coordinates>1,2</gml:coordinates></gml:Point>")
                .features().get(0).geometry().toText());
    }

    @Test
    public void roundTripEveryVersion() throws Exception {
        FeatureCollection c = Samples.polygons(20);
        for (Format f : new Format[] {Formats.GML, Formats.GML.withSchema("http://schemas.opengis.net/gml/2.1.2/feature.xsd"),
            Formats.GML.withSchema("http://schemas.opengis.net/gml/3.2.1/gml.xsd")}) {
            byte[] gml = write(f, c);
            FeatureCollection back = read(f, gml);
            assertEquals(f.toString(), c.features(), back.features());
            assertEquals("EPSG:4326", back.crs());
        }
        String v32 = new String(write(Formats.GML.withSchema("3.2"), c), StandardCharsets.UTF_8);
        assertTrue(v32, v32.contains("urn:ogc:def:crs:EPSG::4326") && v32.contains("<gml:posList>-5.0 -4.9 "));
    }

    @Test
    public void badCoordinateIsReportedWithLineAndColumn() throws Exception {
        fails(Formats.GML, "<gml:FeatureCollection xmlns:gml='http://www.opengis.net/gml' xmlns:a='urn:a'>\n<gml:featureMember>\n"
                + "<a:f><a:g><gml:Point><gml:pos>1 abc</gml:pos></gml:Point></a:g></a:f></gml:featureMember></gml:FeatureCollection>",
                "bad coordinate 'abc'", "line 3");
    }

    @Test
    public void posListNotMultipleOfDimensionAndOpenRingAreRefused() throws Exception {
        fails(Formats.GML, "<gml:LineString xmlns:gml='http://www.opengis.net/gml'><gml:posList>0 0 1</gml:posList></gml:LineString>",
                "not a multiple of srsDimension 2");
        fails(Formats.GML, "<gml:LinearRing xmlns:gml='http://www.opengis.net/gml'><gml:posList>0 0 1 0 1 1 0 1</gml:posList></gml:LinearRing>",
                "not closed");
    }

    @Test
    public void notWellFormedIsReportedWithLine() throws Exception {
        fails(Formats.GML, "<gml:FeatureCollection xmlns:gml='http://www.opengis.net/gml'>\n<gml:featureMember>\n</gml:FeatureCollection>",
                "not well-formed", "line 3");
    }

    @Test
    public void dtdAndExternalEntitiesAreRefused() throws Exception {
        fails(Formats.GML, "<?xml version='1.0'?><!DOCTYPE x [<!ENTITY xxe SYSTEM 'file:///etc/passwd'>]>"
                + "<gml:FeatureCollection xmlns:gml='http://www.opengis.net/gml'>&xxe;</gml:FeatureCollection>", "DTD");
        fails(Formats.GML, "<?xml version='1.0'?><!DOCTYPE lolz [<!ENTITY lol 'lol'><!ENTITY lol2 '&lol;&lol;&lol;'>]>"
                + "<a>&lol2;</a>", "DTD");
    }

    @Test
    public void deepNestingInsideAFeatureIsRefused() throws Exception {
        fails(Formats.GML, "<gml:FeatureCollection xmlns:gml='http://www.opengis.net/gml'><gml:featureMember>"
                + "<a>".repeat(200) + "</a>".repeat(200) + "</gml:featureMember></gml:FeatureCollection>", "nested deeper");
    }
}
