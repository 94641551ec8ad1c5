package org.jwps.runtime.internal.http;

import static org.jwps.runtime.internal.xml.WpsSchemas.assertExceptionReport;
import static org.jwps.runtime.internal.xml.WpsSchemas.assertValid;
import static org.jwps.runtime.internal.xml.WpsSchemas.xpath;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.jwps.api.Process;
import org.jwps.runtime.internal.registry.ProcessRegistry;
import org.jwps.runtime.internal.validation.ValidatorRegistry;

public class WpsServiceTest {
    private static final String KVP = "service=WPS&version=1.0.0&";

    private final ProcessRegistry registry = new ProcessRegistry();
    private final ValidatorRegistry validators = new ValidatorRegistry();
    private final Map<String, Object> config = new HashMap<>();
    private WpsService service;
    private TestWps wps;
    private Path workDir;

    @Before
    public void setUp() throws Exception {
        workDir = Files.createTempDirectory("jwps-test");
        config.put("workdir", workDir.toString());
        config.put("url", "http://wps.example.org/wps");
        config.put("identification_title", "Test WPS");
        config.put("language", "en-US,de-DE");
        register(new TestProcesses.Greet(), 0, 1);
        register(new TestProcesses.Mirror(), 0, 2);
        register(new TestProcesses.Fail(), 0, 3);
        wps = new TestWps(registry, validators, config);
        service = wps.service;
    }

    @After
    public void tearDown() throws Exception {
        wps.close();
        try (var files = Files.list(workDir)) {
            assertEquals("work directories are removed after each execution", 0, files.count());
        }
        Files.delete(workDir);
    }

    private void register(Process process, int ranking, long serviceId) {
        registry.add(new ProcessRegistry.Entry(process, process.description().identifier(), ranking, serviceId, "test"));
    }

    private byte[] ok(WpsResponse response) {
        assertEquals(new String(response.body(), StandardCharsets.UTF_8), 200, response.status());
        return response.body();
    }

    private byte[] get(String query) {
        byte[] body = ok(service.get(query));
        assertValid(body);
        return body;
    }

    private byte[] post(String resourceOrXml) {
        InputStream in = resourceOrXml.startsWith("<") ? new ByteArrayInputStream(resourceOrXml.getBytes(StandardCharsets.UTF_8))
                : getClass().getResourceAsStream(resourceOrXml);
        return service.post(in, -1).body();
    }

    private void assertException(WpsResponse response, int status, String code, String locator) {
        assertExceptionReport(response.status(), response.body(), status, code, locator);
    }

    @Test
    public void capabilitiesListEveryProcessAndTheServiceMetadata() {
        byte[] body = get("service=WPS&request=GetCapabilities");
        assertEquals("Test WPS", xpath(body, "//ows:ServiceIdentification/ows:Title"));
        assertEquals("3", xpath(body, "count(//wps:ProcessOfferings/wps:Process)"));
        assertEquals("2.1", xpath(body, "//wps:Process[ows:Identifier='greet']/@wps:processVersion"));
        assertEquals("http://wps.example.org/wps?", xpath(body,
                "//ows:Operation[@name='Execute']//ows:Get/@xlink:href"));
        assertEquals("de-DE", xpath(body, "//wps:Languages/wps:Supported/ows:Language[2]"));
    }

    @Test
    public void capabilitiesFollowTheRegistry() {
        get("service=WPS&request=GetCapabilities");
        registry.remove(registry.snapshot().get("fail"));
        assertEquals("2", xpath(get("service=WPS&request=GetCapabilities"), "count(//wps:Process)"));
    }

    @Test
    public void capabilitiesFollowTheConfiguration() {
        get("service=WPS&request=GetCapabilities");
        config.put("identification_title", "Renamed");
        service.configure(config);
        assertEquals("Renamed", xpath(get("service=WPS&request=GetCapabilities"), "//ows:ServiceIdentification/ows:Title"));
    }

    @Test
    public void higherRankingWinsADuplicateIdentifier() {
        TestProcesses.Greet ranked = new TestProcesses.Greet();
        register(ranked, 10, 99);
        assertEquals(ranked, registry.snapshot().get("greet"));
        registry.remove(ranked);
        assertFalse(registry.snapshot().get("greet") == ranked);
    }

    @Test
    public void describeProcessShowsEveryKindOfInputAndOutput() {
        byte[] body = get(KVP + "request=DescribeProcess&identifier=all");
        assertEquals("3", xpath(body, "count(//ProcessDescription)"));
        String times = "//ProcessDescription[ows:Identifier='greet']/DataInputs/Input[ows:Identifier='times']";
        assertEquals("0", xpath(body, times + "/@minOccurs"));
        assertEquals("1", xpath(body, times + "/LiteralData/DefaultValue"));
        assertEquals("closed", xpath(body, times + "/LiteralData/ows:AllowedValues/ows:Range/@ows:rangeClosure"));
        assertEquals("integer", xpath(body, times + "/LiteralData/ows:DataType"));
        assertEquals("metre", xpath(body, "//Input[ows:Identifier='length']/LiteralData/UOMs/Default/ows:UOM"));
        assertEquals("text/xml", xpath(body, "//Input[ows:Identifier='xml']/ComplexData/Default/Format/MimeType"));
        assertEquals("2", xpath(body, "//Input[ows:Identifier='xml']/ComplexData/@maximumMegabytes"));
        assertEquals("EPSG:3035", xpath(body, "//Input[ows:Identifier='box']/BoundingBoxData/Supported/CRS[2]"));
        assertEquals("base64", xpath(body, "//Output[ows:Identifier='xml']/ComplexOutput/Supported/Format[3]/Encoding"));
    }

    @Test
    public void describeUnknownProcess() {
        assertException(service.get(KVP + "request=DescribeProcess&identifier=nope"), 400, "InvalidParameterValue",
                "identifier");
    }

    @Test
    public void executeLiteralByGetAndPost() {
        byte[] body = get(KVP + "request=Execute&identifier=greet&DataInputs=name=World;times=2;length=1@uom=foot;length=2.5");
        assertEquals("Hello World! Hello World!", xpath(body, "//wps:Output[ows:Identifier='greeting']//wps:LiteralData"));
        assertEquals("3.5", xpath(body, "//wps:Output[ows:Identifier='length']//wps:LiteralData"));
        assertEquals("metre", xpath(body, "//wps:Output[ows:Identifier='length']//wps:LiteralData/@uom"));
        assertTrue(xpath(body, "//wps:Status/wps:ProcessSucceeded").contains("succeeded"));

        byte[] raw = post("/requests/execute-raw.xml");
        assertEquals("Hello World!", new String(raw, StandardCharsets.UTF_8));
    }

    @Test
    public void rawOutputCarriesItsContentTypeAndFileName() {
        WpsResponse response = service.get(KVP + "request=Execute&identifier=mirror&DataInputs=xml=%3Ca%2F%3E"
                + "&RawDataOutput=xml");
        assertEquals("<a/>", new String(ok(response), StandardCharsets.UTF_8));
        assertEquals("text/xml; charset=UTF-8", response.contentType());
        assertEquals("inline; filename=\"xml.xml\"", response.headers().get("Content-Disposition"));
    }

    @Test
    public void complexXmlAndBoundingBoxComeBackInline() {
        String request = "<wps:Execute service='WPS' version='1.0.0' xmlns:wps='http://www.opengis.net/wps/1.0.0'"
                + " xmlns:ows='http://www.opengis.net/ows/1.1' xmlns:f='urn:feature'><ows:Identifier>mirror</ows:Identifier>"
                + "<wps:DataInputs><wps:Input><ows:Identifier>xml</ows:Identifier><wps:Data><wps:ComplexData>"
                + "<f:doc a='1'><f:item>x &amp; y</f:item></f:doc></wps:ComplexData></wps:Data></wps:Input>"
                + "<wps:Input><ows:Identifier>box</ows:Identifier><wps:Data><wps:BoundingBoxData crs='EPSG:3035'>"
                + "<ows:LowerCorner>1 2</ows:LowerCorner><ows:UpperCorner>3 4</ows:UpperCorner></wps:BoundingBoxData>"
                + "</wps:Data></wps:Input></wps:DataInputs></wps:Execute>";
        byte[] body = post(request);
        assertValid(body);
        assertEquals("x & y", xpath(body, "//wps:ComplexData/*[local-name()='doc']/*[local-name()='item']"));
        assertEquals("urn:feature", xpath(body, "namespace-uri(//wps:ComplexData/*)"));
        assertEquals("EPSG:3035", xpath(body, "//wps:BoundingBoxData/@crs"));
        assertEquals("3.0 4.0", xpath(body, "//wps:BoundingBoxData/ows:UpperCorner"));
    }

    @Test
    public void binaryFormatsAreBase64Encoded() {
        byte[] body = get(KVP + "request=Execute&identifier=mirror&DataInputs=xml=aGk%3D@encoding=base64@mimeType=text/plain"
                + "&ResponseDocument=xml@mimeType=application/json@encoding=base64");
        assertEquals("base64", xpath(body, "//wps:ComplexData/@encoding"));
        assertEquals("aGk=", xpath(body, "//wps:ComplexData"));
    }

    @Test
    public void inputChecksNameTheInput() {
        String execute = KVP + "request=Execute&identifier=greet&DataInputs=";
        assertException(service.get(execute + "times=2"), 400, "MissingParameterValue", "name");
        assertException(service.get(execute + "name=a;times=4"), 400, "InvalidParameterValue", "times");
        assertException(service.get(execute + "name=a;times=x"), 400, "InvalidParameterValue", "times");
        assertException(service.get(execute + "name=a;colour=blue"), 400, "InvalidParameterValue", "colour");
        assertException(service.get(execute + "name=a;length=1@uom=parsec"), 400, "InvalidParameterValue", "length");
        assertException(service.get(execute + "name=a;length=1;length=2;length=3"), 400, "InvalidParameterValue",
                "length");
        assertException(service.get(execute + "name=a;name=b"), 400, "InvalidParameterValue", "name");
        assertException(service.get(execute + "name=a;surname=b"), 400, "InvalidParameterValue", "surname");
        assertException(service.get(KVP + "request=Execute&identifier=mirror&DataInputs=box=1,2,3,4,EPSG:1"), 400,
                "InvalidParameterValue", "box");
        assertException(service.get(KVP + "request=Execute&identifier=mirror&DataInputs=xml=a@mimeType=image/png"), 400,
                "InvalidParameterValue", "xml");
    }

    @Test
    public void unknownProcessOnExecute() {
        assertException(service.get(KVP + "request=Execute&identifier=nope"), 400, "InvalidParameterValue", "Identifier");
    }

    @Test
    public void unknownOutputAndUnsupportedStorage() {
        String execute = KVP + "request=Execute&identifier=greet&DataInputs=name=a";
        assertException(service.get(execute + "&ResponseDocument=nope"), 400, "InvalidParameterValue", "nope");
        assertException(service.get(KVP + "request=Execute&identifier=fail&DataInputs=how=user&storeExecuteResponse=true"),
                400, "StorageNotSupported", "storeExecuteResponse");
    }

    @Test
    public void processFailuresShowUserMessagesButNotInternals() {
        WpsResponse user = service.get(KVP + "request=Execute&identifier=fail&DataInputs=how=user");
        assertException(user, 500, "NoApplicableCode", "");
        assertTrue(new String(user.body(), StandardCharsets.UTF_8).contains("the input was wrong, as planned"));

        WpsResponse bug = service.get(KVP + "request=Execute&identifier=fail&DataInputs=how=bug");
        assertException(bug, 500, "NoApplicableCode", "");
        String text = new String(bug.body(), StandardCharsets.UTF_8);
        assertFalse(text, text.contains("secret") || text.contains("IllegalStateException"));
    }

    @Test
    public void languageIsNegotiated() {
        assertEquals("de-DE", xpath(get("service=WPS&request=GetCapabilities&language=de-de"), "/wps:Capabilities/@xml:lang"));
        assertException(service.get("service=WPS&request=GetCapabilities&language=fr"), 400, "InvalidParameterValue",
                "language");
    }

    @Test
    public void protocolErrorsHaveTheirCodes() {
        assertException(service.get(null), 400, "MissingParameterValue", "service");
        assertException(service.get("service=WPS"), 400, "MissingParameterValue", "request");
        assertException(service.get("service=WPS&request=Dance"), 501, "OperationNotSupported", "Dance");
        assertException(service.get("service=WPS&request=DescribeProcess&version=0.4&identifier=all"), 400,
                "InvalidParameterValue", "version");
        assertException(service.get("service=WPS&request=GetCapabilities&AcceptVersions=3.0"), 400,
                "VersionNegotiationFailed", "AcceptVersions");
    }

    @Test
    public void oversizedBodiesAreRefusedBeforeAndWhileReading() {
        config.put("maxrequestsize", "1kb");
        service.configure(config);
        WpsResponse declared = service.post(new ByteArrayInputStream(new byte[0]), 10_000_000_000L);
        assertException(declared, 413, "FileSizeExceeded", "");

        // an endless body without a declared length: reading must stop at the limit
        InputStream endless = new InputStream() {
            private final byte[] prefix = "<wps:Execute xmlns:wps='http://www.opengis.net/wps/1.0.0' service='WPS' version='1.0.0'><!--"
                    .getBytes(StandardCharsets.UTF_8);
            private long position;

            @Override
            public int read() {
                return position < prefix.length ? prefix[(int) position++] : (position++ < Long.MAX_VALUE ? 'x' : -1);
            }
        };
        assertException(service.post(endless, -1), 413, "FileSizeExceeded", "");
    }

    @Test
    public void hostileXmlIsAnsweredWithAnExceptionReport() {
        WpsResponse response = service.post(getClass().getResourceAsStream("/hostile/xxe-file.xml"), -1);
        assertException(response, 400, "NoApplicableCode", "");
        assertFalse(new String(response.body(), StandardCharsets.UTF_8).contains("root:"));
    }
}
