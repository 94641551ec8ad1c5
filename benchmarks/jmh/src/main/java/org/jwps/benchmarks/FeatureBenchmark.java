package org.jwps.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.jwps.api.Format;
import org.jwps.api.Formats;
import org.jwps.api.ValidationMode;
import org.jwps.api.Validator;
import org.jwps.io.Feature;
import org.jwps.io.FeatureCollection;
import org.jwps.io.FeatureReader;
import org.jwps.io.FeatureReaders;
import org.jwps.io.FeatureWriters;
import org.jwps.validators.internal.GeoJsonValidator;
import org.jwps.validators.internal.GmlValidator;
import org.jwps.validators.internal.KmlValidator;
import org.jwps.validators.internal.ShapefileValidator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Features per second when reading, and when validating at STRICT and VERYSTRICT, a document of
 * {@value #FEATURES} polygon features (a 5-vertex shell, every other one with a hole, three
 * attributes) in GeoJSON, GML 3.1.1, KML and a zipped Shapefile. The data is written by the
 * project's own writers in {@link #write()}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class FeatureBenchmark {
    static final int FEATURES = 10_000;

    @Param({"geojson", "gml", "kml", "shp"})
    public String format;

    private Format fmt;
    private Validator validator;
    private FileInput input;
    private Path file;

    @Setup(Level.Trial)
    public void write() throws IOException {
        fmt = switch (format) {
            case "geojson" -> Formats.GEOJSON;
            case "gml" -> Formats.GML;
            case "kml" -> Formats.KML;
            default -> Formats.SHP;
        };
        validator = switch (format) {
            case "geojson" -> new GeoJsonValidator();
            case "gml" -> new GmlValidator();
            case "kml" -> new KmlValidator();
            default -> new ShapefileValidator();
        };
        file = Files.createTempFile("jwps-bench", fmt.extension());
        try (OutputStream out = Files.newOutputStream(file)) {
            FeatureWriters.write(fmt, polygons(), out);
        }
        input = new FileInput(fmt, file);
        if (read() != FEATURES) {
            throw new IllegalStateException("the " + format + " sample does not read back");
        }
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        Files.deleteIfExists(file);
    }

    static FeatureCollection polygons() {
        GeometryFactory gf = new GeometryFactory();
        List<Feature> out = new ArrayList<>(FEATURES);
        for (int i = 0; i < FEATURES; i++) {
            double x = (i % 100) * 0.1 - 5;
            double y = (i / 100) * 0.1 - 5;
            Coordinate[] shell = {new Coordinate(x, y), new Coordinate(x + 0.08, y), new Coordinate(x + 0.08, y + 0.08),
                new Coordinate(x, y + 0.08), new Coordinate(x, y)};
            Coordinate[] hole = {new Coordinate(x + 0.02, y + 0.02), new Coordinate(x + 0.02, y + 0.04),
                new Coordinate(x + 0.04, y + 0.04), new Coordinate(x + 0.04, y + 0.02), new Coordinate(x + 0.02, y + 0.02)};
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("name", "feature " + i);
            p.put("count", (long) i);
            p.put("area", 0.0064 - (i % 2 == 0 ? 0.0004 : 0));
            out.add(new Feature("f" + i, i % 2 == 0
                    ? gf.createPolygon(gf.createLinearRing(shell), new org.locationtech.jts.geom.LinearRing[] {gf.createLinearRing(hole)})
                    : gf.createPolygon(shell), p));
        }
        return FeatureCollection.wgs84(out);
    }

    /** @return the number of features read (10,000) */
    @Benchmark
    @OperationsPerInvocation(FEATURES)
    public int read() throws IOException {
        int n = 0;
        try (FeatureReader r = FeatureReaders.open(fmt, file)) {
            while (r.next() != null) {
                n++;
            }
        }
        return n;
    }

    @Benchmark
    @OperationsPerInvocation(FEATURES)
    public void strict() throws Exception {
        validator.validate(input, ValidationMode.STRICT);
    }

    @Benchmark
    @OperationsPerInvocation(FEATURES)
    public void veryStrict() throws Exception {
        validator.validate(input, ValidationMode.VERYSTRICT);
    }
}
