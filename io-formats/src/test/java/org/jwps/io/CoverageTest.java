package org.jwps.io;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class CoverageTest {
    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    interface Read {
        Object read(Path p) throws Exception;
    }

    private Path file(byte[] data) throws Exception {
        return Files.write(tmp.newFile().toPath(), data);
    }

    private static void fails(Read r, Path p, String fragment) throws Exception {
        try {
            r.read(p);
            fail("should fail with " + fragment);
        } catch (MalformedDataException e) {
            assertTrue(e.getMessage(), e.getMessage().contains(fragment));
        }
    }

    @Test
    public void geoTiffGeoreferencingAndCrs() throws Exception {
        GeoTiffInfo info = GeoTiffInfo.readFully(file(Samples.tiff(true)));
        assertEquals(16, info.width());
        assertEquals(8, info.height());
        assertEquals(1, info.bands());
        assertEquals("EPSG:4326", info.crs());
        assertEquals(2, info.modelType());
        assertArrayEquals(new double[] {0.5, 0.5, 0}, info.pixelScale(), 0);
    }

    @Test
    public void plainTiffTruncatedTiffAndNotTiff() throws Exception {
        fails(GeoTiffInfo::read, file(Samples.tiff(false)), "without GeoKeyDirectory");
        byte[] tiff = Samples.tiff(true);
        // the pixels come first in the JDK writer's layout: cutting the file loses the directory or pixels
        fails(GeoTiffInfo::readFully, file(Arrays.copyOf(tiff, tiff.length / 2)), "GeoTIFF");
        fails(GeoTiffInfo::read, file("not a tiff at all".getBytes()), "GeoTIFF");
    }

    @Test
    public void netcdfClassicDimensionsAndVariables() throws Exception {
        NetcdfInfo info = NetcdfInfo.readFully(file(Samples.netcdfClassic()));
        assertEquals("classic", info.format());
        assertEquals(3L, (long) info.dimensions().get("x"));
        NetcdfInfo.Variable temp = info.variables().get(0);
        assertEquals("temp", temp.name());
        assertEquals("float", temp.type());
        assertEquals(List.of("x"), temp.dimensions());
    }

    @Test
    public void netcdfTruncatedAndDamaged() throws Exception {
        byte[] nc = Samples.netcdfClassic();
        Path truncated = file(Arrays.copyOf(nc, nc.length - 4));
        NetcdfInfo.read(truncated); // the header is complete
        fails(NetcdfInfo::readFully, truncated, "outside the file");
        fails(NetcdfInfo::read, file(Arrays.copyOf(nc, 20)), "truncated");
        byte[] huge = nc.clone();
        ByteBuffer.wrap(huge).putInt(12, 0x7fffffff); // dimension count
        fails(NetcdfInfo::read, file(huge), "exceeds the file size");
        fails(NetcdfInfo::read, file("PK\3\4 nothing".getBytes()), "neither classic");
    }

    @Test
    public void netcdf4DimensionsAndVariables() throws Exception {
        Path p = Samples.netcdf4(tmp.getRoot().toPath().resolve("t.nc"));
        NetcdfInfo info = NetcdfInfo.readFully(p);
        assertEquals("netCDF-4", info.format());
        assertEquals(4L, (long) info.dimensions().get("time"));
        NetcdfInfo.Variable temp = info.variables().stream().filter(v -> v.name().equals("temp")).findFirst().orElseThrow();
        assertEquals(List.of("time"), temp.dimensions());
        byte[] bytes = Files.readAllBytes(p);
        fails(NetcdfInfo::readFully, file(Arrays.copyOf(bytes, bytes.length / 2)), "NetCDF-4");
    }

    @Test
    public void lasHeaderAndEveryPoint() throws Exception {
        LasInfo info = LasInfo.readFully(file(Samples.las(100)));
        assertEquals(2, info.versionMinor());
        assertEquals(100, info.pointCount());
        assertFalse(info.compressed());
        assertArrayEquals(new double[] {0.99, 0.99, 0.99}, info.max(), 1e-9);
    }

    @Test
    public void lasTruncatedOutOfBoundsAndNotLas() throws Exception {
        byte[] las = Samples.las(100);
        fails(LasInfo::readFully, file(Arrays.copyOf(las, las.length - 5)), "truncated");
        byte[] out = las.clone();
        ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN).putInt(227 + 20 * 50, 5000);
        fails(LasInfo::readFully, file(out), "point 50 at (50.0");
        fails(LasInfo::read, file(Arrays.copyOf(las, 100)), "header is truncated");
        fails(LasInfo::read, file(Samples.netcdfClassic()), "no LASF signature");
        fails(LasInfo::read, file(new byte[0]), "no LASF signature");
    }

    @Test
    public void lazHeaderAndUndecodablePointsAreReported() throws Exception {
        Path las = Files.write(tmp.getRoot().toPath().resolve("p.las"), Samples.las(1000));
        Path laz = Samples.laz(las, tmp.getRoot().toPath().resolve("p.laz"));
        LasInfo info = LasInfo.read(laz);
        assertTrue(info.compressed());
        assertEquals(1000, info.pointCount());
        // laszip4j 0.20 cannot decode what its own writer produced (a corrupt chunk table): this is
        // the "damaged LAZ" case, reported as an error rather than a crash
        fails(LasInfo::readFully, laz, "LAS");
        byte[] bytes = Files.readAllBytes(laz);
        fails(LasInfo::readFully, file(Arrays.copyOf(bytes, bytes.length - 100)), "LAS");
    }
}
