package org.jwps.runtime.internal.encoding;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.GregorianCalendar;
import java.util.Locale;

import javax.xml.XMLConstants;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.jwps.api.BoundingBox;
import org.jwps.api.Format;
import org.jwps.api.LiteralOutput;
import org.jwps.api.exception.NoApplicableCodeException;
import org.jwps.api.exception.WpsException;
import org.jwps.runtime.internal.execute.Execution;
import org.jwps.runtime.internal.execute.OutputValue;
import org.jwps.runtime.internal.protocol.OutputDefinition;
import org.jwps.runtime.internal.protocol.ResponseForm;
import org.jwps.runtime.internal.protocol.Wps;
import org.jwps.runtime.internal.xml.ows.BoundingBoxType;
import org.jwps.runtime.internal.xml.wps.ComplexDataType;
import org.jwps.runtime.internal.xml.wps.DataType;
import org.jwps.runtime.internal.xml.wps.ExecuteResponse;
import org.jwps.runtime.internal.xml.wps.LiteralDataType;
import org.jwps.runtime.internal.xml.wps.OutputDataType;
import org.jwps.runtime.internal.xml.wps.OutputReferenceType;
import org.jwps.runtime.internal.xml.wps.ProcessBriefType;
import org.jwps.runtime.internal.xml.wps.ProcessFailedType;
import org.jwps.runtime.internal.xml.wps.ProcessStartedType;
import org.jwps.runtime.internal.xml.wps.StatusType;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/** Writes the Execute response document of a finished execution, and raw outputs. */
public final class ExecuteResponseEncoder {
    private static final DatatypeFactory DATATYPES = DatatypeFactory.newDefaultInstance();
    private static final DocumentBuilderFactory DOM = hardenedDom();

    private ExecuteResponseEncoder() {
    }

    private static DocumentBuilderFactory hardenedDom() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setExpandEntityReferences(false);
        try {
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    }

    /**
     * @param execution      the finished execution
     * @param url            the service URL
     * @param language       the response language
     * @param statusLocation where the stored document is published, or {@code null} when not stored
     * @return the UTF-8 XML of the response document with status ProcessSucceeded
     */
    public static byte[] succeeded(Execution execution, String url, String language, String statusLocation) {
        ExecuteResponse response = header(CapabilitiesEncoder.brief(execution.description()), url, language,
                statusLocation);
        StatusType status = status();
        status.setProcessSucceeded("Process " + execution.description().identifier() + " succeeded");
        response.setStatus(status);
        if (execution.request().responseForm() instanceof ResponseForm.Document document && document.lineage()) {
            response.setDataInputs(LineageEncoder.dataInputs(execution.description(), execution.request().inputs()));
            // no definitions in the request means every output with its defaults; the schema wants at least one
            response.setOutputDefinitions(LineageEncoder.outputDefinitions(document.outputs().isEmpty()
                    ? execution.description().outputs().stream().map(o -> OutputDefinition.of(o.identifier())).toList()
                    : document.outputs()));
        }
        ExecuteResponse.ProcessOutputs outputs = new ExecuteResponse.ProcessOutputs();
        for (OutputValue output : execution.outputs()) {
            outputs.getOutput().add(output(output));
        }
        response.setProcessOutputs(outputs);
        return Jaxb.toBytes(response);
    }

    /**
     * @param process        the process, as {@link #brief} or {@link CapabilitiesEncoder#brief} gives it
     * @param url            the service URL
     * @param language       the response language
     * @param statusLocation where the document is published
     * @return the status document of a job waiting for a slot: ProcessAccepted
     */
    public static byte[] accepted(ProcessBriefType process, String url, String language, String statusLocation) {
        ExecuteResponse response = header(process, url, language, statusLocation);
        StatusType status = status();
        status.setProcessAccepted("Process " + process.getIdentifier().getValue() + " accepted");
        response.setStatus(status);
        return Jaxb.toBytes(response);
    }

    /**
     * @param process        the process
     * @param url            the service URL
     * @param language       the response language
     * @param statusLocation where the document is published
     * @param percent        how much is done
     * @param message        what the process last said
     * @return the status document of a running job: ProcessStarted
     */
    public static byte[] started(ProcessBriefType process, String url, String language, String statusLocation,
                                 int percent, String message) {
        ExecuteResponse response = header(process, url, language, statusLocation);
        StatusType status = status();
        ProcessStartedType started = new ProcessStartedType();
        started.setValue(message == null || message.isBlank() ? "Process started" : message);
        started.setPercentCompleted(Math.max(0, Math.min(99, percent)));
        status.setProcessStarted(started);
        response.setStatus(status);
        return Jaxb.toBytes(response);
    }

    /**
     * @param process        the process
     * @param url            the service URL
     * @param language       the response language
     * @param statusLocation where the document is published, or {@code null}
     * @param failure        why the job failed
     * @return the status document of a failed job: ProcessFailed with an ExceptionReport
     */
    public static byte[] failed(ProcessBriefType process, String url, String language, String statusLocation,
                                WpsException failure) {
        ExecuteResponse response = header(process, url, language, statusLocation);
        StatusType status = status();
        ProcessFailedType failed = new ProcessFailedType();
        failed.setExceptionReport(ExceptionReportEncoder.report(failure, language));
        status.setProcessFailed(failed);
        response.setStatus(status);
        return Jaxb.toBytes(response);
    }

    /**
     * @param identifier the process identifier
     * @param title      its title
     * @param version    its version
     * @return the process as status documents name it, when its description is not at hand
     */
    public static ProcessBriefType brief(String identifier, String title, String version) {
        ProcessBriefType brief = new ProcessBriefType();
        brief.setIdentifier(Ows.code(identifier));
        brief.setTitle(Ows.text(title == null ? identifier : title));
        brief.setProcessVersion(version == null ? "" : version);
        return brief;
    }

    private static ExecuteResponse header(ProcessBriefType process, String url, String language,
                                          String statusLocation) {
        ExecuteResponse response = new ExecuteResponse();
        response.setService(Wps.SERVICE);
        response.setVersion(Wps.VERSION);
        response.setLang(language);
        response.setServiceInstance(url + "?service=WPS&request=GetCapabilities");
        response.setStatusLocation(statusLocation);
        response.setProcess(process);
        return response;
    }

    /** A status stamped now: the schema's creationTime is when the status was last updated. */
    private static StatusType status() {
        StatusType status = new StatusType();
        status.setCreationTime(time(OffsetDateTime.now()));
        return status;
    }

    private static XMLGregorianCalendar time(OffsetDateTime time) {
        return DATATYPES.newXMLGregorianCalendar(GregorianCalendar.from(time.toZonedDateTime()));
    }

    private static OutputDataType output(OutputValue output) {
        OutputDataType type = new OutputDataType();
        Ows.describe(type, output.description());
        if (output.reference() != null) {
            type.setReference(reference(output));
            return type;
        }
        DataType data = new DataType();
        Object value = output.value();
        if (output.description() instanceof LiteralOutput literal) {
            LiteralDataType literalData = new LiteralDataType();
            literalData.setValue(output.text());
            literalData.setDataType(literal.type().xsdName());
            literalData.setUom(output.uom());
            data.setLiteralData(literalData);
        } else if (value instanceof BoundingBox box) {
            data.setBoundingBoxData(boundingBox(box));
        } else {
            data.setComplexData(complex(output));
        }
        type.setData(data);
        return type;
    }

    /**
     * @param box a bounding box value
     * @return its OWS form
     */
    public static BoundingBoxType boundingBox(BoundingBox box) {
        BoundingBoxType type = new BoundingBoxType();
        type.setCrs(box.crs());
        type.setDimensions(BigInteger.valueOf(box.dimensions()));
        for (double v : box.lowerCorner()) {
            type.getLowerCorner().add(v);
        }
        for (double v : box.upperCorner()) {
            type.getUpperCorner().add(v);
        }
        return type;
    }

    private static OutputReferenceType reference(OutputValue output) {
        OutputReferenceType reference = new OutputReferenceType();
        reference.setHref(output.reference());
        Format format = output.format();
        if (format != null) {
            reference.setMimeType(format.mimeType());
            reference.setEncoding(format.encoding());
            reference.setSchema(format.schema());
        } else {
            reference.setMimeType(output.value() instanceof BoundingBox ? "text/xml" : "text/plain");
        }
        return reference;
    }

    private static ComplexDataType complex(OutputValue output) {
        Format format = output.format();
        ComplexDataType complex = new ComplexDataType();
        complex.setMimeType(format.mimeType());
        complex.setSchema(format.schema());
        byte[] bytes = output.bytes();
        if (format.isXml()) {
            complex.setEncoding(format.encoding());
            complex.getContent().add(parse(bytes, output.identifier()).getDocumentElement());
        } else if (isText(format)) {
            complex.setEncoding(format.encoding());
            complex.getContent().add(output.text());
        } else {
            complex.setEncoding("base64");
            complex.getContent().add(Base64.getEncoder().encodeToString(bytes));
        }
        return complex;
    }

    private static boolean isText(Format format) {
        if ("base64".equalsIgnoreCase(format.encoding())) {
            return false;
        }
        String mime = format.mimeType().toLowerCase(Locale.ROOT);
        return mime.startsWith("text/") || mime.contains("json") || mime.contains("xml") || mime.contains("csv");
    }

    /**
     * Parses XML with the hardened parser (no DTDs, no external entities).
     *
     * @param xml        the document
     * @param identifier the output it belongs to, named in the failure
     * @return the DOM
     * @throws NoApplicableCodeException if it is not well-formed
     */
    public static Document parse(byte[] xml, String identifier) {
        try {
            DocumentBuilder builder = DOM.newDocumentBuilder();
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new NoApplicableCodeException("Output " + identifier + " is not well-formed XML", identifier, e);
        }
    }

    /**
     * @param output an output to return raw
     * @return the bare data: a literal's text, a bounding box as {@code ows:BoundingBox} XML, or the complex content
     */
    public static byte[] raw(OutputValue output) {
        Object value = output.value();
        if (value instanceof BoundingBox box) {
            return Jaxb.toBytes(new org.jwps.runtime.internal.xml.ows.ObjectFactory().createBoundingBox(boundingBox(box)));
        }
        return output.bytes();
    }

    /**
     * @param output an output to return raw or to publish by reference
     * @return a stream over the bare data, as {@link #raw(OutputValue)} gives it; complex content is
     *         streamed, not loaded
     * @throws IOException if the content cannot be opened
     */
    public static java.io.InputStream rawStream(OutputValue output) throws IOException {
        return output.description() instanceof org.jwps.api.ComplexOutput ? output.open()
                : new ByteArrayInputStream(raw(output));
    }

    /**
     * @param output an output to return raw or to publish
     * @return the file extension its content should carry, with its dot
     */
    public static String extension(OutputValue output) {
        if (output.format() != null) {
            return output.format().extension() == null ? "" : output.format().extension();
        }
        return output.value() instanceof BoundingBox ? ".xml" : ".txt";
    }

    /**
     * @param output an output to return raw
     * @return its Content-Type
     */
    public static String rawContentType(OutputValue output) {
        if (output.format() != null) {
            String mime = output.format().mimeType();
            return isText(output.format()) && !mime.contains("charset") ? mime + "; charset=UTF-8" : mime;
        }
        return output.value() instanceof BoundingBox ? "text/xml; charset=UTF-8" : "text/plain; charset=UTF-8";
    }
}
