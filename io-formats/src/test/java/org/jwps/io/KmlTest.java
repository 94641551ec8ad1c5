package org.jwps.io;

import static org.jwps.io.TestSupport.fails;
import static org.jwps.io.TestSupport.read;
import static org.jwps.io.TestSupport.write;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jwps.api.Formats;
import org.junit.Test;

public class KmlTest {
    static final String KML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <kml xmlns="http://www.opengis.net/kml/2.2"><Document><Folder>
              <Placemark id="p1"><name>Tower</name><description>tall</description>
                <ExtendedData><Data name="height"><value>324</value></Data></ExtendedData>
                <Point><coordinates>2.2945,48.8584,0</coordinates></Point></Placemark>
              <Placemark><name>Area</name><MultiGeometry>
                <Polygon><outerBoundaryIs><LinearRing><coordinates>0,0 1,0 1,1 0,0</coordinates></LinearRing></outerBoundaryIs></Polygon>
                <Polygon><outerBoundaryIs><LinearRing><coordinates>2,2 3,2 3,3 2,2</coordinates></LinearRing></outerBoundaryIs></Polygon>
              </MultiGeometry></Placemark>
            </Folder></Document></kml>
            """;

    @Test
    public void readsNestedPlacemarksWithExtendedData() throws Exception {
        FeatureCollection c = read(Formats.KML, KML);
        assertEquals(2, c.size());
        Feature tower = c.features().get(0);
        assertEquals("p1", tower.id());
        assertEquals("Tower", tower.property("name"));
        assertEquals(324L, tower.property("height"));
        assertEquals(48.8584, tower.geometry().getCoordinate().y, 0);
        assertEquals("MultiPolygon", c.features().get(1).geometry().getGeometryType());
        assertEquals("EPSG:4326", c.crs());
    }

    @Test
    public void roundTripKmlAndKmz() throws Exception {
        FeatureCollection c = Samples.polygons(10);
        assertEquals(c.features(), read(Formats.KML, write(Formats.KML, c)).features());
        byte[] kmz = write(Formats.KMZ, c);
        assertEquals('P', kmz[0]);
        assertEquals(c.features(), read(Formats.KMZ, kmz).features());
    }

    @Test
    public void coordinateOutOfRangeAndBadTupleAreRefused() throws Exception {
        fails(Formats.KML, KML.replace("2.2945,48.8584", "2.2945,148.8584"), "outside longitude", "line 5");
        fails(Formats.KML, KML.replace("2.2945,48.8584,0", "2.2945"), "bad coordinate tuple");
    }

    @Test
    public void otherRootIsRefused() throws Exception {
        fails(Formats.KML, "<gpx/>", "root element is gpx");
    }

    @Test
    public void kmzWithoutKmlAndZipSlipAreRefused() throws Exception {
        fails(Formats.KMZ, Samples.zip("readme.txt", "x".getBytes(StandardCharsets.UTF_8)), "no .kml file");
        fails(Formats.KMZ, Samples.zip("../../evil.kml", KML.getBytes(StandardCharsets.UTF_8)), "unsafe entry name");
        fails(Formats.KMZ, KML.getBytes(StandardCharsets.UTF_8), "not a zip archive");
    }

    @Test
    public void kmzBombIsStopped() throws Exception {
        byte[] bomb = Samples.bomb("doc.kml", "<kml xmlns='http://www.opengis.net/kml/2.2'>", (byte) ' ', 300L << 20);
        assertTrue(bomb.length < 1 << 20);
        fails(Formats.KMZ, bomb, "zip bomb");
    }

    @Test
    public void kmlWriterRefusesOtherCrs() {
        try {
            write(Formats.KML, new FeatureCollection("EPSG:3857", List.of()));
            org.junit.Assert.fail();
        } catch (java.io.IOException e) {
            assertTrue(e.getMessage().contains("WGS 84"));
        }
    }
}
