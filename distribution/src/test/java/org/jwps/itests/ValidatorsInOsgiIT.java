package org.jwps.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Collection;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.jwps.api.BoundingBox;
import org.jwps.api.Format;
import org.jwps.api.Formats;
import org.jwps.api.InputData;
import org.jwps.api.ValidationException;
import org.jwps.api.ValidationMode;
import org.jwps.api.Validator;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * The format and validator services work inside Karaf, where class loading and resource URLs
 * ({@code bundle://}) differ from a unit test: every known format is registered, and the schema
 * (VERYSTRICT) checks of GML, KML and GeoJSON resolve their bundled schemas offline.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ValidatorsInOsgiIT extends JwpsPaxExamSupport {
    private static final String GML = "<gml:Point xmlns:gml='http://www.opengis.net/gml'><gml:pos>1 2</gml:pos>"
            + "</gml:Point>";
    private static final String KML = "<kml xmlns='http://www.opengis.net/kml/2.2'><Document><Placemark><name>p</name>"
            + "<Point><coordinates>1,2</coordinates></Point></Placemark></Document></kml>";
    private static final String GEOJSON = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
            + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[1,2]},\"properties\":{\"a\":1}}]}";

    @Inject
    private BundleContext bundleContext;

    @Test
    public void everyKnownFormatIsAService() throws Exception {
        Collection<ServiceReference<Format>> formats = awaitServices(Format.class, null, 20);
        assertTrue("formats registered: " + formats.size(), formats.size() >= 20);
        assertEquals(1, bundleContext.getServiceReferences(Format.class,
                "(jwps.format.mimetype=application/geo+json)").size());
    }

    @Test
    public void schemaValidationResolvesBundledSchemasOffline() throws Exception {
        check(Formats.GML, GML, "<gml:Point xmlns:gml='http://www.opengis.net/gml'><gml:nonsense/></gml:Point>");
        check(Format.of("application/vnd.google-earth.kml+xml"), KML,
                "<kml xmlns='http://www.opengis.net/kml/2.2'><Placemark><nonsense/></Placemark></kml>");
        check(Formats.GEOJSON, GEOJSON, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":\"here\"},\"properties\":{}}]}");
    }

    private void check(Format format, String valid, String invalid) throws Exception {
        Validator validator = validator(format.mimeType());
        validator.validate(new Data(format, valid), ValidationMode.VERYSTRICT);
        ValidationException e = assertThrows(format.mimeType(), ValidationException.class,
                () -> validator.validate(new Data(format, invalid), ValidationMode.VERYSTRICT));
        assertNotNull(e.getMessage());
    }

    private Validator validator(String mimeType) throws Exception {
        Collection<ServiceReference<Validator>> found = awaitServices(Validator.class,
                "(" + Validator.MIME_TYPES + "=" + mimeType + ")", 1);
        return bundleContext.getService(found.iterator().next());
    }

    private <T> Collection<ServiceReference<T>> awaitServices(Class<T> type, String filter, int atLeast)
            throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        Collection<ServiceReference<T>> found;
        do {
            found = bundleContext.getServiceReferences(type, filter);
            if (found.size() >= atLeast) {
                return found;
            }
            Thread.sleep(200);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("only " + found.size() + " " + type.getSimpleName() + " services match " + filter);
    }

    /** Complex data in memory, as the runtime's own handles present it. */
    private static final class Data implements InputData {
        private final Format format;
        private final byte[] bytes;
        private Path file;

        Data(Format format, String text) {
            this.format = format;
            this.bytes = text.getBytes(StandardCharsets.UTF_8);
        }

        @Override public String identifier() { return "layer"; }
        @Override public Object data() { return asString(); }
        @Override public String asString() { return new String(bytes, StandardCharsets.UTF_8); }
        @Override public long asLong() { throw new UnsupportedOperationException(); }
        @Override public int asInt() { throw new UnsupportedOperationException(); }
        @Override public double asDouble() { throw new UnsupportedOperationException(); }
        @Override public boolean asBoolean() { throw new UnsupportedOperationException(); }
        @Override public BoundingBox asBoundingBox() { throw new UnsupportedOperationException(); }
        @Override public byte[] bytes() { return bytes.clone(); }
        @Override public InputStream stream() { return new ByteArrayInputStream(bytes); }
        @Override public synchronized Path file() throws IOException {
            if (file == null) {
                file = Files.createTempFile("jwps-it", format.extension());
                Files.write(file, bytes);
                file.toFile().deleteOnExit();
            }
            return file;
        }
        @Override public URI url() throws IOException { return file().toUri(); }
        @Override public String base64() { return Base64.getEncoder().encodeToString(bytes); }
        @Override public Format format() { return format; }
        @Override public String uom() { return null; }
    }
}
