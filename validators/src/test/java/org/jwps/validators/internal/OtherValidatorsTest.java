package org.jwps.validators.internal;

import static org.jwps.api.ValidationMode.SIMPLE;
import static org.jwps.api.ValidationMode.STRICT;
import static org.jwps.api.ValidationMode.VERYSTRICT;
import static org.jwps.validators.internal.Modes.failsFrom;
import static org.jwps.validators.internal.Modes.passes;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.jwps.api.Format;
import org.jwps.api.Formats;
import org.jwps.io.Samples;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Raster, cube, point cloud, XML and text formats at each mode. */
public class OtherValidatorsTest {
    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    @Test
    public void geotiff() throws Exception {
        GeoTiffValidator v = new GeoTiffValidator();
        byte[] tiff = Samples.tiff(true);
        passes(v, Formats.GEOTIFF, tiff);
        failsFrom(SIMPLE, v, Formats.GEOTIFF, new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "not a TIFF");
        failsFrom(STRICT, v, Formats.GEOTIFF, Samples.tiff(false), "without GeoKeyDirectory");
        failsFrom(STRICT, v, Formats.GEOTIFF, Arrays.copyOf(tiff, tiff.length / 2), "GeoTIFF");
    }

    @Test
    public void netcdf() throws Exception {
        NetcdfValidator v = new NetcdfValidator();
        byte[] nc = Samples.netcdfClassic();
        passes(v, Formats.NETCDF, nc);
        passes(v, Formats.NETCDF, Files.readAllBytes(Samples.netcdf4(tmp.getRoot().toPath().resolve("a.nc"))));
        failsFrom(SIMPLE, v, Formats.NETCDF, "netcdf x { }", "neither");
        failsFrom(STRICT, v, Formats.NETCDF, Arrays.copyOf(nc, nc.length - 4), "temp", "outside the file");
        byte[] hostile = nc.clone();
        ByteBuffer.wrap(hostile).putInt(16, Integer.MAX_VALUE); // length of the dimension name
        failsFrom(STRICT, v, Formats.NETCDF, hostile, "NetCDF");
    }

    @Test
    public void dods() throws Exception {
        DodsValidator v = new DodsValidator();
        passes(v, Formats.DODS, "Dataset {\n    Float64 temp[time = 10];\n} sst.nc;\n");
        passes(v, Formats.DODS, Samples.netcdfClassic());
        failsFrom(SIMPLE, v, Formats.DODS, "{\"a\": 1}", "neither NetCDF nor");
        failsFrom(STRICT, v, Formats.DODS, "Dataset {\n    Float64 temp[time = 10];\n", "not complete");
    }

    @Test
    public void las() throws Exception {
        LasValidator v = new LasValidator();
        byte[] las = Samples.las(200);
        passes(v, Formats.LAS, las);
        failsFrom(SIMPLE, v, Formats.LAZ, las, "not compressed", "application/x-laz");
        failsFrom(SIMPLE, v, Formats.LAS, Samples.netcdfClassic(), "no LASF signature");
        failsFrom(SIMPLE, v, Formats.LAS, "LASF".getBytes(StandardCharsets.US_ASCII), "header is truncated");
        failsFrom(STRICT, v, Formats.LAS, Arrays.copyOf(las, las.length - 1), "truncated");
        byte[] out = las.clone();
        ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN).putInt(227 + 20 * 7 + 4, -100000);
        failsFrom(STRICT, v, Formats.LAS, out, "point 7", "outside the header bounds");
    }

    @Test
    public void laz() throws Exception {
        LasValidator v = new LasValidator();
        Path las = Files.write(tmp.getRoot().toPath().resolve("a.las"), Samples.las(100));
        byte[] laz = Files.readAllBytes(Samples.laz(las, tmp.getRoot().toPath().resolve("a.laz")));
        v.validate(new TestInput(Formats.LAZ, laz), SIMPLE);
        failsFrom(SIMPLE, v, Formats.LAS, laz, "compressed (LAZ)", "application/x-las");
        // laszip4j 0.20 cannot decode its own writer's chunk table: a damaged LAZ, reported, not crashed
        failsFrom(STRICT, v, Formats.LAZ, laz, "LAS");
    }

    @Test
    public void xml() throws Exception {
        XmlValidator v = new XmlValidator();
        passes(v, Formats.XML, "<a><b/></a>");
        passes(v, Formats.WFS110, "<wfs:GetFeature xmlns:wfs='http://www.opengis.net/wfs'/>");
        failsFrom(SIMPLE, v, Formats.APPLICATION_XML, "a,b\n1,2", "not XML");
        failsFrom(STRICT, v, Formats.XML, "<a>\n<b></a>", "not well-formed XML at line 2");
        failsFrom(STRICT, v, Formats.XML, "<!DOCTYPE a [<!ENTITY x 'y'>]><a>&x;</a>", "DTDs and entities are not allowed");
    }

    @Test
    public void xmlAgainstBundledSchemas() throws Exception {
        XmlValidator v = new XmlValidator();
        String point = "<gml:Point xmlns:gml='http://www.opengis.net/gml' xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance'"
                + " xsi:schemaLocation='http://www.opengis.net/gml http://schemas.opengis.net/gml/3.1.1/base/gml.xsd'>%s</gml:Point>";
        passes(v, Formats.XML, String.format(point, "<gml:pos>1 2</gml:pos>"));
        failsFrom(VERYSTRICT, v, Formats.XML, String.format(point, "<gml:pos>1 2</gml:pos><gml:pos>3 4</gml:pos>"), "line 1");
        failsFrom(VERYSTRICT, v, Formats.XML, "<a xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance'"
                + " xsi:noNamespaceSchemaLocation='file:///etc/passwd'/>", "not available offline");
    }

    @Test
    public void gpxAndMetalink() throws Exception {
        XmlValidator v = new XmlValidator();
        passes(v, Formats.GPX, "<gpx xmlns='http://www.topografix.com/GPX/1/1' version='1.1' creator='t'/>");
        failsFrom(SIMPLE, v, Formats.GPX, "<kml xmlns='http://www.opengis.net/kml/2.2'/>", "GPX/1/ namespace");
        failsFrom(VERYSTRICT, v, Formats.GPX, "<gpx xmlns='http://www.topografix.com/GPX/1/1' xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance'"
                + " xsi:schemaLocation='http://www.topografix.com/GPX/1/1 http://www.topografix.com/GPX/1/1/gpx.xsd'/>", "not available offline");
        String meta4 = "<metalink xmlns='urn:ietf:params:xml:ns:metalink'><file name='a'/></metalink>";
        // PyWPS names its own copy of the Metalink schemas; none is bundled here, so VERYSTRICT cannot pass
        failsFrom(VERYSTRICT, v, Formats.META4, meta4, "metalink/4.0/metalink4.xsd is not available offline");
        passes(v, Formats.META4.withSchema(null), meta4);
        failsFrom(SIMPLE, v, Formats.METALINK, "<metalink xmlns='urn:ietf:params:xml:ns:metalink'/>", "metalinker.org");
    }

    @Test
    public void text() throws Exception {
        TextValidator v = new TextValidator();
        passes(v, Formats.TEXT, "héllo wörld\n");
        failsFrom(SIMPLE, v, Formats.TEXT, new byte[] {'a', 0, 'b'}, "NUL byte at byte 1");
        byte[] late = new byte[70_000];
        Arrays.fill(late, (byte) 'a');
        late[69_999] = (byte) 0xff;
        failsFrom(STRICT, v, Formats.TEXT, late, "not valid UTF-8");
        passes(v, Formats.TEXT.withEncoding("ISO-8859-1"), new byte[] {'a', (byte) 0xe9});
    }

    @Test
    public void csv() throws Exception {
        CsvValidator v = new CsvValidator();
        passes(v, Formats.CSV, "id,name,note\n1,a,\"x, y\"\n2,b,\"multi\nline \"\"quoted\"\"\"\n");
        failsFrom(SIMPLE, v, Formats.CSV, new byte[] {'a', ',', 0}, "NUL");
        failsFrom(STRICT, v, Formats.CSV, "a,b\n1,2\n3\n", "line 3 has 1 fields, the first record has 2");
        failsFrom(STRICT, v, Formats.CSV, "a,b\n1,\"2\n", "never closed");
    }

    @Test
    public void noneNeverChecks() throws Exception {
        new GeoTiffValidator().validate(new TestInput(Formats.GEOTIFF, new byte[0]), org.jwps.api.ValidationMode.NONE);
        new LasValidator().validate(new TestInput(Format.of("application/x-las"), new byte[0]), org.jwps.api.ValidationMode.NONE);
    }
}
