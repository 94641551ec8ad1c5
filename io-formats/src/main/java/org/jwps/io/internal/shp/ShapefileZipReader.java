package org.jwps.io.internal.shp;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

import org.jwps.io.Feature;
import org.jwps.io.FeatureReader;
import org.jwps.io.MalformedDataException;
import org.jwps.io.internal.zip.SafeZip;
import org.locationtech.jts.geom.Geometry;

/**
 * Reads a zipped Shapefile: the members are copied (through {@link SafeZip}'s limits) to a
 * private temporary directory under names of our own, then the .shp and .dbf are streamed side
 * by side. The first .shp in the archive is the layer; its .shx and .dbf must be there, the .prj
 * and .cpg are optional. Closing the reader deletes the temporary files.
 */
public final class ShapefileZipReader implements FeatureReader {
    private static final Pattern AUTHORITY = Pattern.compile("AUTHORITY\\[\"EPSG\",\\s*\"?(\\d+)\"?\\]\\]\\s*$");
    private final Path dir;
    private final ShpReader shp;
    private final DbfReader dbf;
    private final String crs;
    private final long shxRecords;

    private ShapefileZipReader(Path dir, Map<String, Path> files) throws IOException {
        this.dir = dir;
        String cpg = files.containsKey("cpg") ? Files.readString(files.get("cpg"), StandardCharsets.ISO_8859_1).trim() : "UTF-8";
        Charset charset;
        try {
            charset = Charset.forName(cpg.matches("\\d+") ? "windows-" + cpg : cpg);
        } catch (IllegalArgumentException e) {
            charset = StandardCharsets.UTF_8;
        }
        try (DataInputStream shx = new DataInputStream(Files.newInputStream(files.get("shx")))) {
            long size = Files.size(files.get("shx"));
            ShpReader.header(shx, "shx", size);
            shxRecords = (size - ShpReader.HEADER) / 8;
        }
        this.crs = files.containsKey("prj") ? crs(Files.readString(files.get("prj"), StandardCharsets.ISO_8859_1)) : null;
        this.shp = new ShpReader(new BufferedInputStream(Files.newInputStream(files.get("shp")), 65536), Files.size(files.get("shp")));
        this.dbf = new DbfReader(new BufferedInputStream(Files.newInputStream(files.get("dbf")), 65536), charset);
    }

    /** The EPSG code of a .prj: its root AUTHORITY, or the two CRSs ESRI names without one. */
    static String crs(String wkt) {
        String w = wkt.trim();
        Matcher m = AUTHORITY.matcher(w);
        if (m.find()) {
            return "EPSG:" + m.group(1);
        }
        if (w.startsWith("GEOGCS[\"GCS_WGS_1984\"") || w.startsWith("GEOGCS[\"WGS 84\"")) {
            return "EPSG:4326";
        }
        if (w.contains("\"WGS_1984_Web_Mercator_Auxiliary_Sphere\"") || w.contains("\"WGS 84 / Pseudo-Mercator\"")) {
            return "EPSG:3857";
        }
        return null;
    }

    /**
     * @param in the zip archive, closed when the members are copied
     * @return a reader over the first layer
     * @throws IOException if the archive is unsafe or a member is missing
     */
    public static ShapefileZipReader open(InputStream in) throws IOException {
        Path dir = Files.createTempDirectory("jwps-shp");
        try {
            Map<String, Map<String, Path>> layers = new LinkedHashMap<>();
            String layer = null;
            try (SafeZip zip = new SafeZip(in, "zipped shapefile")) {
                int n = 0;
                for (ZipEntry e = zip.next(); e != null; e = zip.next()) {
                    String name = e.getName();
                    String lower = name.toLowerCase(Locale.ROOT);
                    int dot = lower.lastIndexOf('.');
                    if (e.isDirectory() || dot < 0 || lower.startsWith("__macosx/") || lower.contains("/._")) {
                        continue;
                    }
                    String ext = lower.substring(dot + 1);
                    if (!ext.matches("shp|shx|dbf|prj|cpg")) {
                        continue;
                    }
                    String base = lower.substring(0, dot);
                    if (ext.equals("shp") && layer == null) {
                        layer = base;
                    }
                    Path target = dir.resolve((n++) + "." + ext);
                    zip.copyTo(target);
                    layers.computeIfAbsent(base, k -> new LinkedHashMap<>()).putIfAbsent(ext, target);
                }
            }
            if (layer == null) {
                throw ShpReader.bad("no .shp file in the archive");
            }
            Map<String, Path> files = layers.get(layer);
            for (String required : new String[] {"shx", "dbf"}) {
                if (!files.containsKey(required)) {
                    throw ShpReader.bad(layer + ".shp has no " + layer + "." + required + " in the archive");
                }
            }
            return new ShapefileZipReader(dir, files);
        } catch (IOException | RuntimeException e) {
            delete(dir);
            throw e;
        }
    }

    @Override
    public Feature next() throws IOException {
        if (!shp.hasNext()) {
            if (dbf.read != dbf.count) {
                throw ShpReader.bad("the .dbf has " + dbf.count + " records but the .shp " + shp.records);
            }
            if (shxRecords != shp.records) {
                throw ShpReader.bad("the .shx indexes " + shxRecords + " records but the .shp has " + shp.records);
            }
            return null;
        }
        Geometry g = shp.next();
        Map<String, Object> props = dbf.next();
        if (props == null) {
            throw ShpReader.bad("the .dbf has " + dbf.count + " records but the .shp has more");
        }
        return new Feature(null, g, props);
    }

    @Override
    public String crs() {
        return crs;
    }

    @Override
    public void close() throws IOException {
        try {
            shp.close();
            dbf.close();
        } finally {
            delete(dir);
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }

    static MalformedDataException bad(String m) {
        return ShpReader.bad(m);
    }
}
