package org.jwps.runtime.internal.protocol;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.Test;
import org.jwps.api.exception.ExceptionCode;
import org.jwps.api.exception.WpsException;

public class XmlRequestParserTest {
    private final XmlRequestParser parser = new XmlRequestParser();

    private WpsRequest parse(String resource) {
        InputStream in = getClass().getResourceAsStream(resource);
        assertNotNull(resource, in);
        return parser.parse(in);
    }

    private WpsRequest parseText(String xml) {
        return parser.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    public void getCapabilities() {
        GetCapabilitiesRequest request = (GetCapabilitiesRequest) parse("/requests/getcapabilities.xml");
        assertEquals(List.of("1.0.0"), request.acceptVersions());
        assertEquals("en-US", request.language());
    }

    @Test
    public void describeProcess() {
        DescribeProcessRequest request = (DescribeProcessRequest) parse("/requests/describeprocess.xml");
        assertEquals(List.of("greet", "all"), request.identifiers());
    }

    @Test
    public void executeWithEveryKindOfInput() {
        ExecuteRequest request = (ExecuteRequest) parse("/requests/execute-echo.xml");
        assertEquals("echo", request.identifier());
        List<InputValue> inputs = request.inputs();
        assertEquals(5, inputs.size());

        InputValue.Literal literal = (InputValue.Literal) inputs.get(0);
        assertEquals("a & b", literal.value());
        assertEquals("m", literal.uom());

        InputValue.Complex xml = (InputValue.Complex) inputs.get(1);
        assertTrue(xml.xml());
        assertEquals("text/xml", xml.mimeType());
        // the gml prefix is declared on the root of the request: the copy must declare it itself
        assertTrue(xml.content(), xml.content().startsWith("<gml:Point"));
        assertTrue(xml.content(), xml.content().contains("xmlns:gml=\"http://www.opengis.net/gml\""));
        assertTrue(xml.content(), xml.content().contains("<gml:pos>1 2</gml:pos><!-- kept --></gml:Point>"));

        InputValue.BoundingBox bbox = (InputValue.BoundingBox) inputs.get(2);
        assertEquals("EPSG:4326", bbox.crs());
        assertEquals(Integer.valueOf(2), bbox.dimensions());
        assertArrayEquals(new double[] {1, 2}, bbox.lowerCorner(), 0);
        assertArrayEquals(new double[] {3, 4}, bbox.upperCorner(), 0);

        InputValue.Complex text = (InputValue.Complex) inputs.get(3);
        assertFalse(text.xml());
        assertEquals("<not markup> & raw", text.content());

        InputValue.Reference reference = (InputValue.Reference) inputs.get(4);
        assertEquals("http://127.0.0.1:9/data.xml", reference.href());
        assertEquals("POST", reference.method());
        assertEquals(Map.of("X-Test", "1"), reference.headers());
        assertEquals("<request></request>", reference.body());

        ResponseForm.Document form = (ResponseForm.Document) request.responseForm();
        assertTrue(form.lineage());
        assertEquals("complexOutput", form.outputs().get(0).identifier());
        assertEquals("text/xml", form.outputs().get(0).mimeType());
    }

    @Test
    public void executeWithRawDataOutput() {
        ExecuteRequest request = (ExecuteRequest) parse("/requests/execute-raw.xml");
        assertEquals("greeting", ((ResponseForm.Raw) request.responseForm()).output().identifier());
    }

    @Test
    public void missingVersionOnExecute() {
        assertFails("<wps:Execute xmlns:wps='http://www.opengis.net/wps/1.0.0' service='WPS'/>",
                ExceptionCode.MISSING_PARAMETER_VALUE, "version");
    }

    @Test
    public void unknownRootElementIsOperationNotSupported() {
        assertFails("<wps:GetStatus xmlns:wps='http://www.opengis.net/wps/1.0.0' service='WPS' version='1.0.0'/>",
                ExceptionCode.OPERATION_NOT_SUPPORTED, "GetStatus");
    }

    @Test
    public void badAcceptVersions() {
        assertFails("<wps:GetCapabilities xmlns:wps='http://www.opengis.net/wps/1.0.0' "
                        + "xmlns:ows='http://www.opengis.net/ows/1.1' service='WPS'><wps:AcceptVersions>"
                        + "<ows:Version>2.0.0</ows:Version></wps:AcceptVersions></wps:GetCapabilities>",
                ExceptionCode.VERSION_NEGOTIATION_FAILED, "AcceptVersions");
    }

    @Test
    public void malformedXmlSaysWhere() {
        WpsException e = assertFails("<wps:Execute xmlns:wps='http://www.opengis.net/wps/1.0.0' service='WPS'",
                ExceptionCode.NO_APPLICABLE_CODE, null);
        assertEquals(400, e.httpStatus());
        assertTrue(e.getMessage(), e.getMessage().contains("line 1"));
    }

    /** XXE: an external entity reading a local file must fail and leak nothing of the file. */
    @Test
    public void externalEntityIsRefusedWithoutReadingTheFile() {
        WpsException e = assertHostile("/hostile/xxe-file.xml");
        assertFalse(e.getMessage(), e.getMessage().contains("root:"));
    }

    /** Billion laughs: entity expansion must not happen at all. */
    @Test
    public void entityExpansionBombFailsFast() {
        assertHostile("/hostile/billion-laughs.xml");
    }

    @Test
    public void externalDtdIsNotFetched() {
        assertHostile("/hostile/external-dtd.xml");
    }

    @Test
    public void parameterEntityIsRefused() {
        assertHostile("/hostile/parameter-entity.xml");
    }

    private WpsException assertHostile(String resource) {
        try {
            parse(resource);
        } catch (WpsException e) {
            assertEquals(ExceptionCode.NO_APPLICABLE_CODE, e.code());
            assertEquals(400, e.httpStatus());
            return e;
        }
        fail(resource + " was accepted");
        return null;
    }

    private WpsException assertFails(String xml, ExceptionCode code, String locator) {
        try {
            parseText(xml);
        } catch (WpsException e) {
            assertEquals(e.getMessage(), code, e.code());
            assertEquals(locator, e.locator());
            return e;
        }
        fail("expected " + code);
        return null;
    }
}
