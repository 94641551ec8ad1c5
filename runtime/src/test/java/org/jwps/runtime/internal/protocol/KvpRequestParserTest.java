package org.jwps.runtime.internal.protocol;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.List;
import java.util.Map;

import org.junit.Test;
import org.jwps.api.exception.ExceptionCode;
import org.jwps.api.exception.WpsException;

public class KvpRequestParserTest {
    private final KvpRequestParser parser = new KvpRequestParser(1024);

    @Test
    public void getCapabilitiesIgnoresParameterNameCase() {
        WpsRequest request = parser.parse("SERVICE=wps&Request=getcapabilities&AcceptVersions=2.0.0,1.0.0&language=en-US");
        GetCapabilitiesRequest caps = (GetCapabilitiesRequest) request;
        assertEquals(List.of("2.0.0", "1.0.0"), caps.acceptVersions());
        assertEquals("en-US", caps.language());
    }

    @Test
    public void missingServiceIsMissingParameterValue() {
        assertFails("request=GetCapabilities", ExceptionCode.MISSING_PARAMETER_VALUE, "service");
    }

    @Test
    public void wrongServiceIsInvalidParameterValue() {
        assertFails("service=WMS&request=GetCapabilities", ExceptionCode.INVALID_PARAMETER_VALUE, "service");
    }

    @Test
    public void missingRequestIsMissingParameterValue() {
        assertFails("service=WPS", ExceptionCode.MISSING_PARAMETER_VALUE, "request");
    }

    /** OWS 1.1 table 25: the locator of OperationNotSupported names the operation. */
    @Test
    public void unknownRequestIsOperationNotSupported() {
        WpsException e = assertFails("service=WPS&request=GetMap", ExceptionCode.OPERATION_NOT_SUPPORTED, "GetMap");
        assertEquals(501, e.httpStatus());
    }

    @Test
    public void describeProcessWithoutVersionIsMissingParameterValue() {
        assertFails("service=WPS&request=DescribeProcess&identifier=all", ExceptionCode.MISSING_PARAMETER_VALUE,
                "version");
    }

    @Test
    public void unsupportedVersionIsInvalidParameterValue() {
        assertFails("service=WPS&request=DescribeProcess&version=2.0.0&identifier=all",
                ExceptionCode.INVALID_PARAMETER_VALUE, "version");
    }

    @Test
    public void acceptVersionsWithoutOneZeroZeroFailsNegotiation() {
        assertFails("service=WPS&request=GetCapabilities&acceptversions=2.0.0,0.9",
                ExceptionCode.VERSION_NEGOTIATION_FAILED, "AcceptVersions");
    }

    @Test
    public void describeProcessTakesAListOfIdentifiers() {
        DescribeProcessRequest request = (DescribeProcessRequest) parser.parse(
                "service=WPS&request=DescribeProcess&version=1.0.0&identifier=a,%20b");
        assertEquals(List.of("a", "b"), request.identifiers());
    }

    @Test
    public void describeProcessWithoutIdentifierIsMissingParameterValue() {
        assertFails("service=WPS&request=DescribeProcess&version=1.0.0", ExceptionCode.MISSING_PARAMETER_VALUE,
                "identifier");
    }

    @Test
    public void dataInputsSplitIntoValuesWithAttributes() {
        ExecuteRequest request = (ExecuteRequest) parser.parse("service=WPS&request=Execute&version=1.0.0"
                + "&identifier=p&DataInputs=name%3DWorld%3Blength%3D3.5%40uom%3Dfoot%3Bmany%3D1%3Bmany%3D2");
        assertEquals(4, request.inputs().size());
        InputValue.Kvp length = (InputValue.Kvp) request.inputs().get(1);
        assertEquals("length", length.identifier());
        assertEquals("3.5", length.text());
        assertEquals(Map.of("uom", "foot"), length.attributes());
        assertEquals("many", request.inputs().get(3).identifier());
    }

    /** WPS 1.0.0 10.2.2.1: reserved characters inside a value are encoded once more. */
    @Test
    public void doublyEncodedReservedCharactersStayInTheValue() {
        ExecuteRequest request = (ExecuteRequest) parser.parse("service=WPS&request=Execute&version=1.0.0"
                + "&identifier=p&DataInputs=name=a%253Bb%2540c%253Dd%2525");
        assertEquals("a;b@c=d%", ((InputValue.Kvp) request.inputs().get(0)).text());
    }

    @Test
    public void responseDocumentAndRawDataOutputAreParsed() {
        ExecuteRequest doc = (ExecuteRequest) parser.parse("service=WPS&request=Execute&version=1.0.0&identifier=p"
                + "&ResponseDocument=out@mimeType=text/xml@asReference=false;other&lineage=true");
        ResponseForm.Document document = (ResponseForm.Document) doc.responseForm();
        assertTrue(document.lineage());
        assertFalse(document.storeExecuteResponse());
        assertEquals("text/xml", document.outputs().get(0).mimeType());
        assertEquals("other", document.outputs().get(1).identifier());

        ExecuteRequest raw = (ExecuteRequest) parser.parse("service=WPS&request=Execute&version=1.0.0&identifier=p"
                + "&RawDataOutput=out@mimeType=application/json");
        assertEquals("application/json", ((ResponseForm.Raw) raw.responseForm()).output().mimeType());
    }

    @Test
    public void badBooleanIsInvalidParameterValue() {
        assertFails("service=WPS&request=Execute&version=1.0.0&identifier=p&status=maybe",
                ExceptionCode.INVALID_PARAMETER_VALUE, "status");
    }

    @Test
    public void overlongParameterIsRejected() {
        assertFails("service=WPS&request=Execute&version=1.0.0&identifier=p&DataInputs=x=" + "a".repeat(2000),
                ExceptionCode.INVALID_PARAMETER_VALUE, "DataInputs");
    }

    @Test
    public void kvpBoundingBoxCornersAreKeptAsText() {
        ExecuteRequest request = (ExecuteRequest) parser.parse("service=WPS&request=Execute&version=1.0.0"
                + "&identifier=p&DataInputs=bbox=1,2,3,4,EPSG:4326");
        assertEquals("1,2,3,4,EPSG:4326", ((InputValue.Kvp) request.inputs().get(0)).text());
        assertArrayEquals(new double[] {1, 2}, XmlRequestParser.corner(" 1  2 ", "bbox"), 0);
    }

    private WpsException assertFails(String query, ExceptionCode code, String locator) {
        try {
            parser.parse(query);
        } catch (WpsException e) {
            assertEquals(e.getMessage(), code, e.code());
            assertEquals(locator, e.locator());
            return e;
        }
        fail("expected " + code + " for " + query);
        return null;
    }
}
