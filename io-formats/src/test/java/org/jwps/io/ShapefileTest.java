package org.jwps.io;

import static org.jwps.io.TestSupport.fails;
import static org.jwps.io.TestSupport.read;
import static org.jwps.io.TestSupport.write;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.jwps.api.Formats;
import org.junit.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

public class ShapefileTest {
    private static final GeometryFactory GF = new GeometryFactory();

    static Map<String, byte[]> members(byte[] zip) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }

    static byte[] rezip(Map<String, byte[]> members) throws IOException {
        List<Object> entries = new ArrayList<>();
        members.forEach((k, v) -> {
            entries.add(k);
            entries.add(v);
        });
        return Samples.zip(entries.toArray());
    }

    @Test
    public void polygonsWithHolesAndAttributesRoundTrip() throws Exception {
        FeatureCollection c = Samples.polygons(30);
        byte[] zip = write(Formats.SHP, c);
        assertEquals(List.of("layer.shp", "layer.shx", "layer.dbf", "layer.cpg", "layer.prj"), List.copyOf(members(zip).keySet()));
        FeatureCollection back = read(Formats.SHP, zip);
        assertEquals("EPSG:4326", back.crs());
        assertEquals(30, back.size());
        for (int i = 0; i < 30; i++) {
            Feature a = c.features().get(i);
            Feature b = back.features().get(i);
            assertTrue(a.geometry().equalsTopo(b.geometry()));
            assertEquals(a.property("name"), b.property("name"));
            assertEquals(a.property("count"), b.property("count"));
            assertEquals((Double) a.property("area"), (Double) b.property("area"), 1e-12);
        }
    }

    @Test
    public void pointsAndLinesRoundTrip() throws Exception {
        List<Feature> points = new ArrayList<>();
        List<Feature> lines = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            points.add(new Feature(null, GF.createPoint(new Coordinate(i, -i)), Map.of("ok", i % 2 == 0)));
            lines.add(new Feature(null, GF.createMultiLineString(new org.locationtech.jts.geom.LineString[] {
                GF.createLineString(new Coordinate[] {new Coordinate(0, 0), new Coordinate(i, 1)}),
                GF.createLineString(new Coordinate[] {new Coordinate(5, 5), new Coordinate(6, i)})}), null));
        }
        FeatureCollection p = read(Formats.SHP, write(Formats.SHP, new FeatureCollection(null, points)));
        assertEquals("POINT (3 -3)", p.features().get(3).geometry().toText());
        assertEquals(Boolean.FALSE, p.features().get(3).property("ok"));
        FeatureCollection l = read(Formats.SHP, write(Formats.SHP, new FeatureCollection(null, lines)));
        assertTrue(lines.get(4).geometry().equalsExact(l.features().get(4).geometry()));
    }

    @Test
    public void mixedGeometryTypesCannotBeWritten() {
        try {
            write(Formats.SHP, new FeatureCollection(null, List.of(Feature.of(GF.createPoint(new Coordinate(0, 0))),
                    Feature.of(GF.createLineString(new Coordinate[] {new Coordinate(0, 0), new Coordinate(1, 1)})))));
            org.junit.Assert.fail();
        } catch (IOException e) {
            assertTrue(e.getMessage().contains("one geometry type"));
        }
    }

    @Test
    public void missingShxIsNamed() throws Exception {
        Map<String, byte[]> m = members(write(Formats.SHP, Samples.polygons(3)));
        m.remove("layer.shx");
        fails(Formats.SHP, rezip(m), "layer.shp has no layer.shx");
    }

    @Test
    public void noShpAndNotAZipAreRefused() throws Exception {
        fails(Formats.SHP, Samples.zip("a.txt", new byte[] {1}), "no .shp file");
        fails(Formats.SHP, new byte[] {1, 2, 3, 4, 5}, "not a zip archive");
    }

    @Test
    public void truncatedShpIsRefused() throws Exception {
        Map<String, byte[]> m = members(write(Formats.SHP, Samples.polygons(3)));
        byte[] shp = m.get("layer.shp");
        m.put("layer.shp", java.util.Arrays.copyOf(shp, shp.length - 10));
        fails(Formats.SHP, rezip(m), "truncated");
    }

    @Test
    public void dbfAndShpCountsMustMatch() throws Exception {
        Map<String, byte[]> three = members(write(Formats.SHP, Samples.polygons(3)));
        Map<String, byte[]> two = members(write(Formats.SHP, Samples.polygons(2)));
        three.put("layer.dbf", two.get("layer.dbf"));
        fails(Formats.SHP, rezip(three), "the .dbf has 2 records but the .shp has more");
    }

    @Test
    public void notAShapefileIsRefused() throws Exception {
        Map<String, byte[]> m = members(write(Formats.SHP, Samples.polygons(3)));
        m.put("layer.shp", new byte[200]);
        fails(Formats.SHP, rezip(m), "not a shapefile");
    }

    @Test
    public void zipSlipAndTooManyEntriesAndBombsAreRefused() throws Exception {
        fails(Formats.SHP, Samples.zip("../x.shp", new byte[10]), "unsafe entry name");
        fails(Formats.SHP, Samples.zip("/etc/x.shp", new byte[10]), "unsafe entry name");
        Object[] many = new Object[2 * 1001];
        for (int i = 0; i < 1001; i++) {
            many[2 * i] = "f" + i + ".txt";
            many[2 * i + 1] = new byte[0];
        }
        fails(Formats.SHP, Samples.zip(many), "more than 1000 entries");
        fails(Formats.SHP, Samples.zeros("layer.dbf", 200L << 20), "zip bomb");
    }

    @Test
    public void temporaryFilesAreDeleted() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        long before;
        try (var s = Files.list(tmp)) {
            before = s.filter(p -> p.getFileName().toString().startsWith("jwps-shp")).count();
        }
        read(Formats.SHP, write(Formats.SHP, Samples.polygons(3)));
        try {
            read(Formats.SHP, Samples.zip("a.shp", new byte[10]));
        } catch (MalformedDataException expected) {
            // the directory is deleted on failure too
        }
        try (var s = Files.list(tmp)) {
            assertEquals(before, s.filter(p -> p.getFileName().toString().startsWith("jwps-shp")).count());
        }
    }
}
