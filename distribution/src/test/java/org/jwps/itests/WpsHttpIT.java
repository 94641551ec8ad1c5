package org.jwps.itests;

import static org.jwps.runtime.internal.xml.WpsSchemas.assertExceptionReport;
import static org.jwps.runtime.internal.xml.WpsSchemas.assertValid;
import static org.jwps.runtime.internal.xml.WpsSchemas.xpath;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;

import org.junit.ClassRule;
import org.junit.Test;

/**
 * Black-box tests of the running distribution over real HTTP: every body is validated against
 * the bundled WPS 1.0.0 schemas.
 */
public class WpsHttpIT {
    @ClassRule
    public static final KarafDistribution KARAF = new KarafDistribution();

    private static final String V = "service=WPS&version=1.0.0&";

    private static HttpResponse<byte[]> get(String query) throws Exception {
        return KARAF.httpClient().send(HttpRequest.newBuilder(URI.create(KARAF.wpsUrl() + "?" + query))
                .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpResponse<byte[]> post(String xml) throws Exception {
        return KARAF.httpClient().send(HttpRequest.newBuilder(URI.create(KARAF.wpsUrl()))
                .header("Content-Type", "text/xml").timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofString(xml)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] ok(HttpResponse<byte[]> response) {
        String body = new String(response.body(), StandardCharsets.UTF_8);
        assertEquals(body, 200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("Content-Type").orElse("").startsWith("text/xml"));
        assertValid(response.body());
        return response.body();
    }

    private static void assertException(HttpResponse<byte[]> response, int status, String code, String locator) {
        assertExceptionReport(response.statusCode(), response.body(), status, code, locator);
    }

    @Test
    public void getCapabilitiesListsTheSamples() throws Exception {
        byte[] body = ok(get("service=WPS&request=GetCapabilities"));
        for (String id : new String[] {"say_hello", "ultimate_question", "echo", "sleep", "literal_types",
            "raise_error"}) {
            assertEquals(id, "1", xpath(body, "count(//wps:Process[ows:Identifier='" + id + "'])"));
        }
        assertEquals("JWPS", xpath(body, "//ows:ServiceIdentification/ows:Title"));
    }

    @Test
    public void describeProcessAllAndOne() throws Exception {
        assertEquals("3", xpath(ok(get(V + "request=DescribeProcess&identifier=say_hello,echo,ultimate_question")),
                "count(//ProcessDescription)"));
        byte[] all = ok(get(V + "request=DescribeProcess&identifier=all"));
        assertEquals("1.3.3", xpath(all, "//ProcessDescription[ows:Identifier='say_hello']/@wps:processVersion"));
        assertEquals("EPSG:4326", xpath(all, "//Input[ows:Identifier='bboxInput']/BoundingBoxData/Default/CRS"));
    }

    @Test
    public void executeSayHelloByGetAndPost() throws Exception {
        byte[] byGet = ok(get(V + "request=Execute&identifier=say_hello&DataInputs=name=World"));
        assertEquals("Hello World", xpath(byGet, "//wps:Output[ows:Identifier='response']//wps:LiteralData"));

        byte[] byPost = ok(post("<wps:Execute service='WPS' version='1.0.0' xmlns:wps='http://www.opengis.net/wps/1.0.0'"
                + " xmlns:ows='http://www.opengis.net/ows/1.1'><ows:Identifier>say_hello</ows:Identifier><wps:DataInputs>"
                + "<wps:Input><ows:Identifier>name</ows:Identifier><wps:Data><wps:LiteralData>Karaf</wps:LiteralData>"
                + "</wps:Data></wps:Input></wps:DataInputs></wps:Execute>"));
        assertEquals("Hello Karaf", xpath(byPost, "//wps:LiteralData"));
    }

    @Test
    public void executeUltimateQuestionAndRawOutput() throws Exception {
        assertEquals("42", xpath(ok(get(V + "request=Execute&identifier=ultimate_question")), "//wps:LiteralData"));
        HttpResponse<byte[]> raw = get(V + "request=Execute&identifier=ultimate_question&RawDataOutput=answer");
        assertEquals(200, raw.statusCode());
        assertEquals("42", new String(raw.body(), StandardCharsets.UTF_8));
        assertTrue(raw.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
    }

    @Test
    public void echoReturnsXmlAndBoundingBox() throws Exception {
        byte[] body = ok(post("<wps:Execute service='WPS' version='1.0.0' xmlns:wps='http://www.opengis.net/wps/1.0.0'"
                + " xmlns:ows='http://www.opengis.net/ows/1.1' xmlns:gml='http://www.opengis.net/gml'>"
                + "<ows:Identifier>echo</ows:Identifier><wps:DataInputs>"
                + "<wps:Input><ows:Identifier>complexInput</ows:Identifier><wps:Data><wps:ComplexData mimeType='text/xml'>"
                + "<gml:Point><gml:pos>7 8</gml:pos></gml:Point></wps:ComplexData></wps:Data></wps:Input>"
                + "<wps:Input><ows:Identifier>bboxInput</ows:Identifier><wps:Data><wps:BoundingBoxData crs='EPSG:4326'>"
                + "<ows:LowerCorner>1 2</ows:LowerCorner><ows:UpperCorner>3 4</ows:UpperCorner></wps:BoundingBoxData>"
                + "</wps:Data></wps:Input></wps:DataInputs></wps:Execute>"));
        assertEquals("7 8", xpath(body, "//wps:Output[ows:Identifier='complexOutput']//*[local-name()='pos']"));
        assertEquals("http://www.opengis.net/gml",
                xpath(body, "namespace-uri(//wps:Output[ows:Identifier='complexOutput']//wps:ComplexData/*)"));
        assertEquals("1.0 2.0", xpath(body, "//wps:Output[ows:Identifier='bboxOutput']//ows:LowerCorner"));
        assertEquals("0", xpath(body, "count(//wps:Output[ows:Identifier='literalOutput'])"));
    }

    @Test
    public void literalTypesSleepAndRaiseError() throws Exception {
        byte[] body = ok(get(V + "request=Execute&identifier=literal_types&DataInputs=colour=green;length=2@uom=foot;"
                + "many=1;many=2"));
        assertEquals("{\"int_choice\":1,\"float_range\":50.0,\"colour\":\"green\",\"flag\":false,"
                + "\"length\":{\"value\":2.0,\"uom\":\"foot\"},\"many\":[1,2]}", xpath(body, "//wps:LiteralData"));
        assertException(get(V + "request=Execute&identifier=literal_types&DataInputs=colour=green;stepped=35"), 400,
                "InvalidParameterValue", "stepped");

        assertEquals("done sleeping", xpath(ok(get(V + "request=Execute&identifier=sleep&DataInputs=delay=0.01")),
                "//wps:LiteralData"));

        HttpResponse<byte[]> failed = get(V + "request=Execute&identifier=raise_error&DataInputs=message=on%20purpose");
        assertException(failed, 500, "NoApplicableCode", "");
        assertTrue(new String(failed.body(), StandardCharsets.UTF_8).contains("on purpose"));
    }

    @Test
    public void protocolErrorsHaveTheRightCodesAndLocators() throws Exception {
        assertException(get("request=GetCapabilities"), 400, "MissingParameterValue", "service");
        assertException(get("service=WPS"), 400, "MissingParameterValue", "request");
        assertException(get("service=WPS&request=GetMap"), 501, "OperationNotSupported", "GetMap");
        assertException(get("service=WPS&version=2.0.0&request=DescribeProcess&identifier=all"), 400,
                "InvalidParameterValue", "version");
        assertException(get("service=WPS&request=GetCapabilities&AcceptVersions=2.0.0"), 400,
                "VersionNegotiationFailed", "AcceptVersions");
        assertException(get(V + "request=Execute&identifier=no_such_process"), 400, "InvalidParameterValue",
                "Identifier");
        assertException(get(V + "request=Execute&identifier=say_hello"), 400, "MissingParameterValue", "name");
    }

    @Test
    public void hostileXmlGetsAnExceptionReportAndLeaksNothing() throws Exception {
        HttpResponse<byte[]> response = post("<?xml version='1.0'?><!DOCTYPE x [<!ENTITY s SYSTEM 'file:///etc/passwd'>]>"
                + "<wps:GetCapabilities service='WPS' language='&s;' xmlns:wps='http://www.opengis.net/wps/1.0.0'/>");
        assertException(response, 400, "NoApplicableCode", "");
        assertFalse(new String(response.body(), StandardCharsets.UTF_8).contains("root:"));
    }

    @Test
    public void oversizedBodyIsFileSizeExceeded() throws Exception {
        // default maxrequestsize is 3mb
        HttpResponse<byte[]> response = post("<wps:Execute xmlns:wps='http://www.opengis.net/wps/1.0.0'><!--"
                + "x".repeat(4 * 1024 * 1024) + "--></wps:Execute>");
        assertException(response, 413, "FileSizeExceeded", "");
    }

    /** Hot deployment: a jar dropped into deploy/ is offered within seconds, and withdrawn when removed. */
    @Test
    public void processBundleDroppedIntoDeployComesAndGoes() throws Exception {
        Path jar = Paths.get(System.getProperty("jwps.test.processes.jar"));
        Path deployed = KARAF.deployDir().resolve(jar.getFileName());
        long start = System.nanoTime();
        Files.copy(jar, deployed);
        Capabilities.await(KARAF.httpClient(), KARAF.wpsUrl(), body -> body.contains(">test_uppercase<"));
        long appeared = System.nanoTime();
        assertEquals("HOT", xpath(ok(get(V + "request=Execute&identifier=test_uppercase&DataInputs=text=hot")),
                "//wps:LiteralData"));

        Files.delete(deployed);
        long removed = System.nanoTime();
        Capabilities.await(KARAF.httpClient(), KARAF.wpsUrl(), body -> !body.contains("test_uppercase"));
        System.out.printf("hot deploy: appeared after %d ms, gone %d ms after removal%n",
                (appeared - start) / 1_000_000, (System.nanoTime() - removed) / 1_000_000);
        assertException(get(V + "request=Execute&identifier=test_uppercase&DataInputs=text=hot"), 400,
                "InvalidParameterValue", "Identifier");
    }
}
