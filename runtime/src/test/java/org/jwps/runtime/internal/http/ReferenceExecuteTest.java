package org.jwps.runtime.internal.http;

import static org.jwps.runtime.internal.xml.WpsSchemas.assertExceptionReport;
import static org.jwps.runtime.internal.xml.WpsSchemas.assertValid;
import static org.jwps.runtime.internal.xml.WpsSchemas.xpath;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.jwps.api.Process;
import org.jwps.runtime.internal.output.OutputStore;
import org.jwps.runtime.internal.reference.LoopbackServer;
import org.jwps.runtime.internal.registry.ProcessRegistry;
import org.jwps.runtime.internal.validation.ValidatorRegistry;

/** Execute with inputs and outputs by reference and lineage, through the service, references on loopback. */
public class ReferenceExecuteTest {
    private static final String KVP = "service=WPS&version=1.0.0&request=Execute&";
    private static final String URL = "http://wps.example.org/wps";

    private final ProcessRegistry registry = new ProcessRegistry();
    private final ValidatorRegistry validators = new ValidatorRegistry();
    private final Map<String, Object> config = new HashMap<>();
    private LoopbackServer server;
    private WpsService service;
    private TestWps wps;
    private Path workDir;
    private Path outputDir;
    private Path allowedDir;

    @Before
    public void setUp() throws Exception {
        server = new LoopbackServer();
        workDir = Files.createTempDirectory("jwps-work");
        outputDir = Files.createTempDirectory("jwps-outputs");
        allowedDir = Files.createTempDirectory("jwps-allowed");
        config.put("workdir", workDir.toString());
        config.put("outputpath", outputDir.toString());
        config.put("allowedinputpaths", allowedDir.toString());
        config.put("maxsingleinputsize", "1kb");
        config.put("url", URL);
        config.put("reference_read_timeout", "1");
        long id = 1;
        for (Process p : new Process[] {new TestProcesses.Greet(), new TestProcesses.Mirror(),
                new TestProcesses.Ignore(), new TestProcesses.Spool()}) {
            registry.add(new ProcessRegistry.Entry(p, p.description().identifier(), 0, id++, "test"));
        }
        wps = new TestWps(registry, validators, config);
        service = wps.service;
    }

    @After
    public void tearDown() throws Exception {
        wps.close();
        server.close();
        try (var files = Files.list(workDir)) {
            assertEquals("work directories are removed after each execution", 0, files.count());
        }
        for (Path dir : new Path[] {workDir, outputDir, allowedDir}) {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private byte[] ok(WpsResponse response) {
        assertEquals(new String(response.body(), StandardCharsets.UTF_8), 200, response.status());
        assertValid(response.body());
        return response.body();
    }

    private WpsResponse post(String xml) {
        return service.post(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), -1);
    }

    private static String execute(String process, String inputs, String responseForm) {
        return "<wps:Execute service=\"WPS\" version=\"1.0.0\" xmlns:wps=\"http://www.opengis.net/wps/1.0.0\""
                + " xmlns:ows=\"http://www.opengis.net/ows/1.1\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">"
                + "<ows:Identifier>" + process + "</ows:Identifier><wps:DataInputs>" + inputs + "</wps:DataInputs>"
                + responseForm + "</wps:Execute>";
    }

    private static String reference(String id, String attributes, String children) {
        return "<wps:Input><ows:Identifier>" + id + "</ows:Identifier><wps:Reference " + attributes + ">" + children
                + "</wps:Reference></wps:Input>";
    }

    private static String escaped(String value) {
        return URLEncoder.encode(URLEncoder.encode(value, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    @Test
    public void complexInputByReferenceIsFetchedOnce() {
        String href = server.put("doc.xml", "<doc xmlns=\"urn:x\"><v>1</v></doc>".getBytes(StandardCharsets.UTF_8));
        byte[] body = ok(post(execute("mirror", reference("xml", "xlink:href=\"" + href + "\" mimeType=\"text/xml\"",
                ""), "")));
        assertEquals("1", xpath(body, "string(//wps:Output[ows:Identifier='xml']//*[local-name()='v'])"));
        assertEquals(1, server.hits("doc.xml"));
    }

    @Test
    public void referencesAreOnlyFetchedWhenRead() {
        String href = server.put("unused.xml", "<never/>".getBytes(StandardCharsets.UTF_8));
        byte[] body = ok(post(execute("ignore", reference("unused", "xlink:href=\"" + href + "\"", ""), "")));
        assertEquals("not read: " + href, xpath(body, "string(//wps:LiteralData)"));
        assertEquals(0, server.hits("unused.xml"));
    }

    @Test
    public void kvpReferencesAndLiteralsAndBoundingBoxesByReference() {
        String xml = server.put("k.xml", "<k>kvp</k>".getBytes(StandardCharsets.UTF_8));
        byte[] body = ok(service.get(KVP + "identifier=mirror&DataInputs=xml=@xlink:href=" + escaped(xml)
                + "@mimeType=text/xml"));
        assertEquals("kvp", xpath(body, "string(//*[local-name()='k'])"));

        String name = server.put("name.txt", "Reference\n".getBytes(StandardCharsets.UTF_8));
        body = ok(post(execute("greet", reference("name", "xlink:href=\"" + name + "\"", ""), "")));
        assertEquals("Hello Reference!", xpath(body, "string(//wps:Output[ows:Identifier='greeting']//wps:LiteralData)"));

        String box = server.put("box.xml", ("<ows:BoundingBox xmlns:ows=\"http://www.opengis.net/ows/1.1\" "
                + "crs=\"EPSG:3035\"><ows:LowerCorner>1 2</ows:LowerCorner><ows:UpperCorner>3 4</ows:UpperCorner>"
                + "</ows:BoundingBox>").getBytes(StandardCharsets.UTF_8));
        body = ok(post(execute("mirror", reference("box", "xlink:href=\"" + box + "\"", ""), "")));
        assertEquals("EPSG:3035", xpath(body, "string(//wps:BoundingBoxData/@crs)"));
        assertEquals("3.0 4.0", xpath(body, "string(//wps:BoundingBoxData/ows:UpperCorner)"));

        String kvpBox = server.put("box.txt", "5,6,7,8,EPSG:4326".getBytes(StandardCharsets.UTF_8));
        body = ok(service.get(KVP + "identifier=mirror&DataInputs=box=@xlink:href=" + escaped(kvpBox)));
        assertEquals("5.0 6.0", xpath(body, "string(//wps:BoundingBoxData/ows:LowerCorner)"));
    }

    @Test
    public void postReferenceWithHeaderAndBody() {
        byte[] body = ok(post(execute("greet", reference("name", "xlink:href=\"" + server.url() + "/echo\" method=\"POST\"",
                "<wps:Header key=\"X-Test\" value=\"h\"/><wps:Body>payload</wps:Body>"), "")));
        assertEquals("Hello POST|h|payload!",
                xpath(body, "string(//wps:Output[ows:Identifier='greeting']//wps:LiteralData)"));
    }

    @Test
    public void outputByReferenceIsPublishedAndServed() throws Exception {
        String form = "<wps:ResponseForm><wps:ResponseDocument><wps:Output asReference=\"true\">"
                + "<ows:Identifier>xml</ows:Identifier></wps:Output></wps:ResponseDocument></wps:ResponseForm>";
        byte[] body = ok(post(execute("mirror", "<wps:Input><ows:Identifier>xml</ows:Identifier><wps:Data>"
                + "<wps:ComplexData mimeType=\"text/xml\"><r>out</r></wps:ComplexData></wps:Data></wps:Input>", form)));
        String href = xpath(body, "string(//wps:Output[ows:Identifier='xml']/wps:Reference/@href)");
        assertEquals("text/xml", xpath(body, "string(//wps:Output/wps:Reference/@mimeType)"));
        assertTrue(href, href.startsWith(URL + "/outputs/") && href.endsWith("/xml.xml"));
        OutputStore.StoredFile stored = service.storedOutput(href.substring((URL + "/outputs").length())).orElseThrow();
        assertTrue(stored.contentType(), stored.contentType().startsWith("text/xml"));
        assertEquals("<r>out</r>", Files.readString(stored.file()));
    }

    @Test
    public void rawFileOutputIsStreamedAndItsWorkDirectoryRemovedAfterwards() throws Exception {
        String href = server.put("spool.xml", "<spooled/>".getBytes(StandardCharsets.UTF_8));
        WpsResponse response = service.get(KVP + "identifier=spool&RawDataOutput=copy&DataInputs=data=@xlink:href="
                + escaped(href));
        assertEquals(200, response.status());
        assertTrue(response.contentType().startsWith("text/xml"));
        try (WpsResponse.Streamed body = response.streamed()) {
            assertEquals(10, body.length());
            try (var files = Files.list(workDir)) {
                assertEquals("the work directory lives until the body is written", 1, files.count());
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            body.writeTo(out);
            assertEquals("<spooled/>", out.toString(StandardCharsets.UTF_8));
        }
        // tearDown checks that the work directory is gone
    }

    @Test
    public void publishedOutputsCannotBeEscaped() {
        for (String path : new String[] {"/../etc/passwd", "/x/../../etc/passwd", "/job/.xml.xml.type", "/job",
                "/job/", "/" , null, "/job/sub/file"}) {
            assertTrue(String.valueOf(path), service.storedOutput(path).isEmpty());
        }
    }

    @Test
    public void lineageEchoesInputsAndOutputDefinitions() {
        String href = server.put("l.xml", "<l/>".getBytes(StandardCharsets.UTF_8));
        String form = "<wps:ResponseForm><wps:ResponseDocument lineage=\"true\"><wps:Output>"
                + "<ows:Identifier>box</ows:Identifier></wps:Output></wps:ResponseDocument></wps:ResponseForm>";
        byte[] body = ok(post(execute("mirror", reference("xml", "xlink:href=\"" + href + "\"", "")
                + "<wps:Input><ows:Identifier>box</ows:Identifier><wps:Data><wps:BoundingBoxData crs=\"EPSG:4326\">"
                + "<ows:LowerCorner>1 2</ows:LowerCorner><ows:UpperCorner>3 4</ows:UpperCorner>"
                + "</wps:BoundingBoxData></wps:Data></wps:Input>", form)));
        assertEquals(href, xpath(body, "string(//wps:DataInputs/wps:Input[ows:Identifier='xml']/wps:Reference/@*[local-name()='href'])"));
        assertEquals("1.0 2.0", xpath(body, "string(//wps:DataInputs//ows:LowerCorner)"));
        assertEquals("box", xpath(body, "string(//wps:OutputDefinitions/wps:Output/ows:Identifier)"));

        body = ok(service.get(KVP + "identifier=greet&DataInputs=name=kvp;length=2@uom=foot&lineage=true"));
        assertEquals("foot", xpath(body, "string(//wps:DataInputs/wps:Input[ows:Identifier='length']//@uom)"));
    }

    @Test
    public void hostileReferencesGetClearReports() throws Exception {
        String big = server.put("big.xml", ("<b>" + "x".repeat(2000) + "</b>").getBytes(StandardCharsets.UTF_8));
        WpsResponse r = post(execute("mirror", reference("xml", "xlink:href=\"" + big + "\"", ""), ""));
        assertExceptionReport(r.status(), r.body(), 413, "FileSizeExceeded", "xml");

        r = post(execute("mirror", reference("xml", "xlink:href=\"" + server.silentUrl() + "\"", ""), ""));
        assertExceptionReport(r.status(), r.body(), 400, "InvalidParameterValue", "xml");

        Path secret = Files.createTempFile("jwps-secret", ".xml");
        try {
            r = post(execute("mirror", reference("xml", "xlink:href=\"" + secret.toUri() + "\"", ""), ""));
            assertExceptionReport(r.status(), r.body(), 400, "InvalidParameterValue", "xml");
        } finally {
            Files.delete(secret);
        }
        Path allowed = Files.writeString(allowedDir.resolve("ok.xml"), "<ok/>");
        byte[] body = ok(post(execute("mirror", reference("xml", "xlink:href=\"" + allowed.toUri() + "\"", ""), "")));
        assertEquals("1", xpath(body, "count(//*[local-name()='ok'])"));

        r = post(execute("mirror", "<wps:Input><ows:Identifier>xml</ows:Identifier><wps:Data><wps:ComplexData>"
                + "<b>" + "y".repeat(2000) + "</b></wps:ComplexData></wps:Data></wps:Input>", ""));
        assertExceptionReport(r.status(), r.body(), 413, "FileSizeExceeded", "xml");
    }
}
