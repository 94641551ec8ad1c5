package org.jwps.itests;

import static org.jwps.runtime.internal.xml.WpsSchemas.assertExceptionReport;
import static org.jwps.runtime.internal.xml.WpsSchemas.assertValid;
import static org.jwps.runtime.internal.xml.WpsSchemas.xpath;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.jwps.runtime.internal.reference.LoopbackServer;

/**
 * The whole WPS 1.0.0 Execute over real HTTP against the distribution: inputs by reference from
 * a loopback server the test runs (GET, POST with header and body, body by reference, KVP
 * references, literal and bounding box by reference, file:// under an allowed path), outputs
 * published by reference and fetched back, lineage, and hostile references. Every response
 * document is validated against the WPS 1.0.0 schemas.
 */
public class ExecuteReferencesIT {
    private static final Path ALLOWED = tempDir("jwps-it-allowed");

    @ClassRule
    public static final KarafDistribution KARAF = new KarafDistribution()
            .withSetting("allowedinputpaths", ALLOWED.toString())
            .withSetting("maxsingleinputsize", "1mb")
            .withSetting("reference_read_timeout", "2")
            .withSetting("reference_total_timeout", "10");

    private static final String KVP = "service=WPS&version=1.0.0&request=Execute&";
    private static LoopbackServer server;

    private static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix).toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeClass
    public static void startServer() throws IOException {
        server = new LoopbackServer();
    }

    @AfterClass
    public static void stopServer() throws IOException {
        server.close();
    }

    private static HttpResponse<byte[]> get(String url) throws Exception {
        return KARAF.httpClient().send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpResponse<byte[]> post(String xml) throws Exception {
        return KARAF.httpClient().send(HttpRequest.newBuilder(URI.create(KARAF.wpsUrl()))
                .header("Content-Type", "text/xml").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(xml)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] ok(HttpResponse<byte[]> response) {
        assertEquals(new String(response.body(), StandardCharsets.UTF_8), 200, response.statusCode());
        assertValid(response.body());
        return response.body();
    }

    private static String execute(String inputs, String responseForm) {
        return "<wps:Execute service='WPS' version='1.0.0' xmlns:wps='http://www.opengis.net/wps/1.0.0'"
                + " xmlns:ows='http://www.opengis.net/ows/1.1' xmlns:xlink='http://www.w3.org/1999/xlink'>"
                + "<ows:Identifier>echo</ows:Identifier><wps:DataInputs>" + inputs + "</wps:DataInputs>" + responseForm
                + "</wps:Execute>";
    }

    private static String reference(String id, String attributes, String children) {
        return "<wps:Input><ows:Identifier>" + id + "</ows:Identifier><wps:Reference " + attributes + ">" + children
                + "</wps:Reference></wps:Input>";
    }

    private static String href(String url) {
        return "xlink:href='" + url.replace("&", "&amp;") + "'";
    }

    private static String twiceEscaped(String value) {
        return URLEncoder.encode(URLEncoder.encode(value, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    private static String output(byte[] body, String id) {
        return xpath(body, "string(//wps:ProcessOutputs/wps:Output[ows:Identifier='" + id + "']//wps:LiteralData)");
    }

    @Test
    public void complexLiteralAndBoundingBoxByReference() throws Exception {
        String xml = server.put("doc.xml", "<doc xmlns='urn:doc'><v>by reference</v></doc>".getBytes(StandardCharsets.UTF_8));
        String text = server.put("hello.txt", "from a file".getBytes(StandardCharsets.UTF_8));
        String box = server.put("box.txt", "1,2,3,4,EPSG:4326".getBytes(StandardCharsets.UTF_8));
        byte[] body = ok(post(execute(reference("complexInput", href(xml) + " mimeType='text/xml'", "")
                + reference("literalInput", href(text), "") + reference("bboxInput", href(box), ""), "")));
        assertEquals("by reference", xpath(body, "string(//wps:Output[ows:Identifier='complexOutput']"
                + "//*[local-name()='v'])"));
        assertEquals("urn:doc", xpath(body, "namespace-uri(//wps:Output[ows:Identifier='complexOutput']"
                + "//wps:ComplexData/*)"));
        assertEquals("from a file", output(body, "literalOutput"));
        assertEquals("3.0 4.0", xpath(body, "string(//wps:Output[ows:Identifier='bboxOutput']//ows:UpperCorner)"));
        assertEquals(1, server.hits("doc.xml"));
    }

    @Test
    public void postReferencesWithHeadersBodyAndBodyReference() throws Exception {
        byte[] body = ok(post(execute(reference("literalInput", href(server.url() + "/echo") + " method='POST'",
                "<wps:Header key='X-Test' value='header'/><wps:Body>inline body</wps:Body>"), "")));
        assertEquals("POST|header|inline body", output(body, "literalOutput"));

        String bodyDoc = server.put("body.txt", "referenced body".getBytes(StandardCharsets.UTF_8));
        body = ok(post(execute(reference("literalInput", href(server.url() + "/echo") + " method='POST'",
                "<wps:BodyReference " + href(bodyDoc) + "/>"), "")));
        assertEquals("POST|null|referenced body", output(body, "literalOutput"));
    }

    @Test
    public void kvpReferenceAndFileUnderAllowedPath() throws Exception {
        String xml = server.put("kvp.xml", "<kvp>yes</kvp>".getBytes(StandardCharsets.UTF_8));
        byte[] body = ok(get(KARAF.wpsUrl() + "?" + KVP + "identifier=echo&DataInputs=complexInput=@xlink:href="
                + twiceEscaped(xml) + "@mimeType=text/xml"));
        assertEquals("yes", xpath(body, "string(//*[local-name()='kvp'])"));

        Path local = Files.writeString(ALLOWED.resolve("local.xml"), "<local>file</local>");
        body = ok(post(execute(reference("complexInput", href(local.toUri().toString()), ""), "")));
        assertEquals("file", xpath(body, "string(//*[local-name()='local'])"));
    }

    @Test
    public void outputsByReferenceAreServedWithTheirContentType() throws Exception {
        String form = "<wps:ResponseForm><wps:ResponseDocument lineage='true'>"
                + "<wps:Output asReference='true'><ows:Identifier>complexOutput</ows:Identifier></wps:Output>"
                + "<wps:Output asReference='true'><ows:Identifier>literalOutput</ows:Identifier></wps:Output>"
                + "</wps:ResponseDocument></wps:ResponseForm>";
        byte[] body = ok(post(execute("<wps:Input><ows:Identifier>complexInput</ows:Identifier><wps:Data>"
                + "<wps:ComplexData mimeType='text/xml'><out>published</out></wps:ComplexData></wps:Data></wps:Input>"
                + "<wps:Input><ows:Identifier>literalInput</ows:Identifier><wps:Data><wps:LiteralData>lit"
                + "</wps:LiteralData></wps:Data></wps:Input>", form)));
        // lineage: the inputs and output definitions come back
        assertEquals("2", xpath(body, "count(//wps:DataInputs/wps:Input)"));
        assertEquals("2", xpath(body, "count(//wps:OutputDefinitions/wps:Output[@asReference='true'])"));

        String complex = xpath(body, "string(//wps:ProcessOutputs/wps:Output[ows:Identifier='complexOutput']"
                + "/wps:Reference/@href)");
        assertTrue(complex, complex.startsWith(KARAF.wpsUrl() + "/outputs/"));
        HttpResponse<byte[]> fetched = get(complex);
        assertEquals(200, fetched.statusCode());
        assertTrue(fetched.headers().firstValue("Content-Type").orElse("").startsWith("text/xml"));
        assertEquals("<out>published</out>", new String(fetched.body(), StandardCharsets.UTF_8));

        String literal = xpath(body, "string(//wps:ProcessOutputs/wps:Output[ows:Identifier='literalOutput']"
                + "/wps:Reference/@href)");
        fetched = get(literal);
        assertEquals("lit", new String(fetched.body(), StandardCharsets.UTF_8));
        assertTrue(fetched.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));

        // nothing else is reachable under the output URL
        for (String path : new String[] {"/outputs/", "/outputs/nojob/x.xml", "/outputs/..%2F..%2Fetc%2Fpasswd",
                "/outputs/" + complex.substring(complex.indexOf("/outputs/") + 9).replace("complexOutput.xml",
                ".complexOutput.xml.type")}) {
            HttpResponse<byte[]> response = get(KARAF.wpsUrl() + path);
            assertTrue(path + " -> " + response.statusCode(), response.statusCode() >= 400 && response.statusCode() < 500);
            assertFalse(new String(response.body(), StandardCharsets.UTF_8).contains("root:"));
        }
    }

    @Test
    public void hostileReferencesGetClearReports() throws Exception {
        // a server that accepts the connection and never answers: the read timeout (2 s) ends it
        HttpResponse<byte[]> response = post(execute(reference("complexInput", href(server.silentUrl()), ""), ""));
        assertExceptionReport(response.statusCode(), response.body(), 400, "InvalidParameterValue", "complexInput");
        assertTrue(new String(response.body(), StandardCharsets.UTF_8).contains("did not answer in time"));

        // a body without end, cut at maxsingleinputsize (1 MB)
        response = post(execute(reference("complexInput", href(server.url() + "/endless"), ""), ""));
        assertExceptionReport(response.statusCode(), response.body(), 413, "FileSizeExceeded", "complexInput");

        // file:// outside the allowed paths, and schemes that are never fetched
        for (String url : new String[] {"file:///etc/passwd", "file://" + ALLOWED + "/../../etc/passwd",
                "jar:file:/etc/passwd!/x", "mvn:org.jwps/jwps-api/0.1.0"}) {
            response = post(execute(reference("complexInput", href(url), ""), ""));
            assertExceptionReport(response.statusCode(), response.body(), 400, "InvalidParameterValue", "complexInput");
            assertFalse(url, new String(response.body(), StandardCharsets.UTF_8).contains("root:"));
        }

        // a reference that answers with an error status
        response = post(execute(reference("complexInput", href(server.url() + "/status/500"), ""), ""));
        assertExceptionReport(response.statusCode(), response.body(), 400, "InvalidParameterValue", "complexInput");
    }

    @Test
    public void unsupportedLanguageAndUnknownOutput() throws Exception {
        HttpResponse<byte[]> response = get(KARAF.wpsUrl() + "?" + KVP + "identifier=say_hello&DataInputs=name=x"
                + "&language=xx-XX");
        assertExceptionReport(response.statusCode(), response.body(), 400, "InvalidParameterValue", "language");
        response = get(KARAF.wpsUrl() + "?" + KVP + "identifier=say_hello&DataInputs=name=x&ResponseDocument=nope");
        assertExceptionReport(response.statusCode(), response.body(), 400, "InvalidParameterValue", "nope");
    }
}
