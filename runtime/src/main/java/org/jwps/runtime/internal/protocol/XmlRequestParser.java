package org.jwps.runtime.internal.protocol;

import java.io.InputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

import org.jwps.api.exception.InvalidParameterValueException;
import org.jwps.api.exception.MissingParameterValueException;
import org.jwps.api.exception.OperationNotSupportedException;
import org.jwps.api.exception.WpsException;

/**
 * Parses an XML (HTTP POST) request with a streaming, hardened StAX reader: DTDs are refused
 * outright (no entity can be declared, so neither XXE nor entity expansion is possible) and the
 * caller bounds the stream's size. Thread-safe.
 */
public final class XmlRequestParser {
    private static final XMLInputFactory INPUT = hardenedInputFactory();
    private static final XMLOutputFactory OUTPUT = repairingOutputFactory();

    private static XMLInputFactory hardenedInputFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        // report CDATA sections as such, so text wrapped in CDATA inside ComplexData can be told apart
        factory.setProperty("http://java.sun.com/xml/stream/properties/report-cdata-event", Boolean.TRUE);
        return factory;
    }

    private static XMLOutputFactory repairingOutputFactory() {
        XMLOutputFactory factory = XMLOutputFactory.newDefaultFactory();
        // declares every namespace the copied content uses, even those declared on its ancestors
        factory.setProperty(XMLOutputFactory.IS_REPAIRING_NAMESPACES, true);
        return factory;
    }

    /**
     * @param body the request body, size-bounded by the caller
     * @return the request
     * @throws WpsException when the document is malformed or a parameter is missing or invalid
     */
    public WpsRequest parse(InputStream body) {
        return read(body, this::request,
                e -> new MalformedRequestException("The request is not well-formed XML: " + describe(e), e));
    }

    /** What is read from a document, starting at its root element. */
    @FunctionalInterface
    private interface DocumentReader<T> {
        T read(Cursor root) throws XMLStreamException;
    }

    /** Reads a whole document with the hardened parser, always closing it; malformed XML becomes {@code malformed}. */
    private static <T> T read(InputStream xml, DocumentReader<T> reader,
                              Function<XMLStreamException, WpsException> malformed) {
        XMLStreamReader stream = null;
        try {
            stream = INPUT.createXMLStreamReader(xml);
            Cursor cursor = new Cursor(stream);
            cursor.toRootElement();
            return reader.read(cursor);
        } catch (XMLStreamException e) {
            throw malformed.apply(e);
        } finally {
            if (stream != null) {
                try {
                    stream.close();
                } catch (XMLStreamException ignored) {
                    // read only: nothing to lose
                }
            }
        }
    }

    /**
     * Reads a bounding box given as a document of its own (an input by reference): an
     * {@code ows:BoundingBox}, {@code ows:WGS84BoundingBox} or {@code wps:BoundingBoxData} root.
     *
     * @param xml        the document, size-bounded by the caller
     * @param identifier the input it is the value of
     * @return the bounding box value
     * @throws WpsException when the document is not such a bounding box
     */
    public InputValue.BoundingBox parseBoundingBox(InputStream xml, String identifier) {
        return read(xml, cursor -> {
            if (!cursor.is(Wps.OWS_NS, "BoundingBox") && !cursor.is(Wps.OWS_NS, "WGS84BoundingBox")
                    && !cursor.is(Wps.WPS_NS, "BoundingBoxData")) {
                throw new InvalidParameterValueException("Input " + identifier + ": the referenced document is not "
                        + "an ows:BoundingBox", identifier);
            }
            return (InputValue.BoundingBox) boundingBox(cursor, identifier);
        }, e -> new InvalidParameterValueException("Input " + identifier + ": the referenced bounding box is not "
                + "well-formed XML: " + describe(e), identifier, e));
    }

    private static String describe(XMLStreamException e) {
        String message = e.getMessage() == null ? "unreadable" : e.getMessage();
        // the JDK prefixes "ParseError at [row,col]:[r,c]\nMessage: "; keep the position and the reason
        int at = message.indexOf("Message: ");
        String reason = at >= 0 ? message.substring(at + 9) : message;
        return e.getLocation() == null ? reason
                : "line " + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber() + ": " + reason;
    }

    private WpsRequest request(Cursor c) throws XMLStreamException {
        XMLStreamReader r = c.reader;
        String root = r.getLocalName();
        if (!Wps.WPS_NS.equals(r.getNamespaceURI())) {
            throw new OperationNotSupportedException("The request element {" + r.getNamespaceURI() + "}" + root
                    + " is not a WPS 1.0.0 operation", root);
        }
        Wps.checkService(c.attribute("service"));
        String operation = Wps.checkOperation(root);
        String language = c.attribute("language");
        switch (operation) {
            case Wps.GET_CAPABILITIES:
                return getCapabilities(c, language);
            case Wps.DESCRIBE_PROCESS:
                Wps.checkVersion(c.attribute("version"));
                return describeProcess(c, language);
            default:
                Wps.checkVersion(c.attribute("version"));
                return execute(c, language);
        }
    }

    private GetCapabilitiesRequest getCapabilities(Cursor c, String language) throws XMLStreamException {
        List<String> versions = new ArrayList<>();
        while (c.nextChild()) {
            // wps:AcceptVersions by the schema; ows:AcceptVersions as OWS Common writes it
            if (c.is(Wps.WPS_NS, "AcceptVersions") || c.is(Wps.OWS_NS, "AcceptVersions")) {
                while (c.nextChild()) {
                    if (c.is(Wps.OWS_NS, "Version")) {
                        versions.add(c.text().strip());
                    } else {
                        c.skip();
                    }
                }
            } else {
                c.skip();
            }
        }
        Wps.checkAcceptVersions(versions);
        return new GetCapabilitiesRequest(versions, language);
    }

    private DescribeProcessRequest describeProcess(Cursor c, String language) throws XMLStreamException {
        List<String> ids = new ArrayList<>();
        while (c.nextChild()) {
            if (c.is(Wps.OWS_NS, "Identifier")) {
                ids.add(c.text().strip());
            } else {
                c.skip();
            }
        }
        if (ids.isEmpty()) {
            throw new MissingParameterValueException("DescribeProcess needs at least one ows:Identifier", "identifier");
        }
        return new DescribeProcessRequest(ids, language);
    }

    private ExecuteRequest execute(Cursor c, String language) throws XMLStreamException {
        String identifier = null;
        List<InputValue> inputs = new ArrayList<>();
        ResponseForm form = ResponseForm.DEFAULT;
        while (c.nextChild()) {
            if (c.is(Wps.OWS_NS, "Identifier")) {
                identifier = c.text().strip();
            } else if (c.is(Wps.WPS_NS, "DataInputs")) {
                while (c.nextChild()) {
                    if (c.is(Wps.WPS_NS, "Input")) {
                        inputs.add(input(c));
                    } else {
                        c.skip();
                    }
                }
            } else if (c.is(Wps.WPS_NS, "ResponseForm")) {
                form = responseForm(c);
            } else {
                c.skip();
            }
        }
        if (identifier == null || identifier.isEmpty()) {
            throw new MissingParameterValueException("Execute needs the ows:Identifier of a process", "identifier");
        }
        return new ExecuteRequest(identifier, inputs, form, language);
    }

    private InputValue input(Cursor c) throws XMLStreamException {
        String identifier = null;
        InputValue value = null;
        while (c.nextChild()) {
            if (c.is(Wps.OWS_NS, "Identifier")) {
                identifier = c.text().strip();
            } else if (c.is(Wps.WPS_NS, "Data")) {
                value = data(c, identifier);
            } else if (c.is(Wps.WPS_NS, "Reference")) {
                value = reference(c, identifier);
            } else {
                c.skip();
            }
        }
        if (identifier == null || identifier.isEmpty()) {
            throw new MissingParameterValueException("Every wps:Input needs an ows:Identifier", "Input");
        }
        if (value == null) {
            throw new MissingParameterValueException("Input " + identifier + " has neither wps:Data nor wps:Reference",
                    identifier);
        }
        return value;
    }

    private InputValue data(Cursor c, String identifier) throws XMLStreamException {
        if (identifier == null) {
            throw new MissingParameterValueException("ows:Identifier must come before wps:Data in wps:Input", "Input");
        }
        InputValue value = null;
        while (c.nextChild()) {
            if (c.is(Wps.WPS_NS, "LiteralData")) {
                String dataType = c.attribute("dataType");
                String uom = c.attribute("uom");
                value = new InputValue.Literal(identifier, c.text(), dataType, uom);
            } else if (c.is(Wps.WPS_NS, "ComplexData")) {
                value = complex(c, identifier);
            } else if (c.is(Wps.WPS_NS, "BoundingBoxData")) {
                value = boundingBox(c, identifier);
            } else {
                c.skip();
            }
        }
        if (value == null) {
            throw new MissingParameterValueException("wps:Data of input " + identifier
                    + " holds no LiteralData, ComplexData or BoundingBoxData", identifier);
        }
        return value;
    }

    private InputValue complex(Cursor c, String identifier) throws XMLStreamException {
        XMLStreamReader r = c.reader;
        String mimeType = c.attribute("mimeType");
        String encoding = c.attribute("encoding");
        String schema = c.attribute("schema");
        StringBuilder text = new StringBuilder();
        StringBuilder cdata = new StringBuilder();
        StringWriter xml = null;
        XMLStreamWriter writer = null;
        boolean onlyWhitespaceOutsideCdata = true;
        while (true) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                if (writer == null) {
                    xml = new StringWriter();
                    writer = OUTPUT.createXMLStreamWriter(xml);
                }
                copyElement(r, writer);
            } else if (event == XMLStreamConstants.CDATA) {
                cdata.append(r.getText());
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.SPACE) {
                text.append(r.getText());
                if (!r.isWhiteSpace()) {
                    onlyWhitespaceOutsideCdata = false;
                }
            }
        }
        if (writer != null) {
            writer.flush();
            return new InputValue.Complex(identifier, xml.toString(), true, mimeType, encoding, schema);
        }
        String content = cdata.length() > 0 && onlyWhitespaceOutsideCdata ? cdata.toString()
                : cdata.length() > 0 ? text.append(cdata).toString() : text.toString();
        return new InputValue.Complex(identifier, content, false, mimeType, encoding, schema);
    }

    /** Copies the element the reader is on, with everything inside it, and leaves the reader on its end. */
    private static void copyElement(XMLStreamReader r, XMLStreamWriter w) throws XMLStreamException {
        int depth = 0;
        do {
            switch (r.getEventType()) {
                case XMLStreamConstants.START_ELEMENT:
                    depth++;
                    if (nz(r.getNamespaceURI()).isEmpty()) {
                        w.writeStartElement(r.getLocalName());
                    } else {
                        w.writeStartElement(nz(r.getPrefix()), r.getLocalName(), r.getNamespaceURI());
                    }
                    for (int i = 0; i < r.getNamespaceCount(); i++) {
                        w.writeNamespace(nz(r.getNamespacePrefix(i)), nz(r.getNamespaceURI(i)));
                    }
                    for (int i = 0; i < r.getAttributeCount(); i++) {
                        w.writeAttribute(nz(r.getAttributePrefix(i)), nz(r.getAttributeNamespace(i)),
                                r.getAttributeLocalName(i), r.getAttributeValue(i));
                    }
                    break;
                case XMLStreamConstants.END_ELEMENT:
                    depth--;
                    w.writeEndElement();
                    break;
                case XMLStreamConstants.CHARACTERS:
                case XMLStreamConstants.SPACE:
                    w.writeCharacters(r.getText());
                    break;
                case XMLStreamConstants.CDATA:
                    w.writeCData(r.getText());
                    break;
                case XMLStreamConstants.COMMENT:
                    w.writeComment(r.getText());
                    break;
                case XMLStreamConstants.PROCESSING_INSTRUCTION:
                    w.writeProcessingInstruction(r.getPITarget(), r.getPIData());
                    break;
                default:
                    break;
            }
            if (depth > 0) {
                r.next();
            }
        } while (depth > 0);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private InputValue boundingBox(Cursor c, String identifier) throws XMLStreamException {
        String crs = c.attribute("crs");
        String dims = c.attribute("dimensions");
        double[] lower = null;
        double[] upper = null;
        while (c.nextChild()) {
            if (c.is(Wps.OWS_NS, "LowerCorner")) {
                lower = corner(c.text(), identifier);
            } else if (c.is(Wps.OWS_NS, "UpperCorner")) {
                upper = corner(c.text(), identifier);
            } else {
                c.skip();
            }
        }
        if (lower == null || upper == null) {
            throw new MissingParameterValueException("Bounding box " + identifier
                    + " needs ows:LowerCorner and ows:UpperCorner", identifier);
        }
        Integer dimensions;
        try {
            dimensions = dims == null ? null : Integer.valueOf(dims.strip());
        } catch (NumberFormatException e) {
            throw new InvalidParameterValueException("dimensions of " + identifier + " is not a number: " + dims,
                    identifier);
        }
        return new InputValue.BoundingBox(identifier, crs, dimensions, lower, upper);
    }

    /**
     * @param text       space-separated coordinates
     * @param identifier the input, for messages
     * @return the coordinates
     */
    static double[] corner(String text, String identifier) {
        try {
            return Arrays.stream(text.strip().split("\\s+")).mapToDouble(Double::parseDouble).toArray();
        } catch (NumberFormatException e) {
            throw new InvalidParameterValueException("The corner '" + text.strip() + "' of bounding box " + identifier
                    + " is not a list of numbers", identifier);
        }
    }

    private InputValue reference(Cursor c, String identifier) throws XMLStreamException {
        if (identifier == null) {
            throw new MissingParameterValueException("ows:Identifier must come before wps:Reference in wps:Input",
                    "Input");
        }
        String href = c.reader.getAttributeValue(Wps.XLINK_NS, "href");
        if (href == null || href.isBlank()) {
            throw new MissingParameterValueException("The wps:Reference of input " + identifier + " has no xlink:href",
                    identifier);
        }
        String method = c.attribute("method");
        String mimeType = c.attribute("mimeType");
        String encoding = c.attribute("encoding");
        String schema = c.attribute("schema");
        Map<String, String> headers = new LinkedHashMap<>();
        String body = null;
        String bodyReference = null;
        while (c.nextChild()) {
            if (c.is(Wps.WPS_NS, "Header")) {
                headers.put(c.attribute("key"), c.attribute("value"));
                c.skip();
            } else if (c.is(Wps.WPS_NS, "Body")) {
                body = c.innerContent();
            } else if (c.is(Wps.WPS_NS, "BodyReference")) {
                bodyReference = c.reader.getAttributeValue(Wps.XLINK_NS, "href");
                c.skip();
            } else {
                c.skip();
            }
        }
        return new InputValue.Reference(identifier, href.strip(), method == null ? "GET" : method, headers, body,
                bodyReference, mimeType, encoding, schema);
    }

    private ResponseForm responseForm(Cursor c) throws XMLStreamException {
        ResponseForm form = ResponseForm.DEFAULT;
        while (c.nextChild()) {
            if (c.is(Wps.WPS_NS, "ResponseDocument")) {
                boolean store = c.flag("storeExecuteResponse");
                boolean lineage = c.flag("lineage");
                boolean status = c.flag("status");
                List<OutputDefinition> outputs = new ArrayList<>();
                while (c.nextChild()) {
                    if (c.is(Wps.WPS_NS, "Output")) {
                        outputs.add(outputDefinition(c));
                    } else {
                        c.skip();
                    }
                }
                form = new ResponseForm.Document(store, lineage, status, outputs);
            } else if (c.is(Wps.WPS_NS, "RawDataOutput")) {
                form = new ResponseForm.Raw(outputDefinition(c));
            } else {
                c.skip();
            }
        }
        return form;
    }

    private OutputDefinition outputDefinition(Cursor c) throws XMLStreamException {
        boolean asReference = c.flag("asReference");
        String mimeType = c.attribute("mimeType");
        String encoding = c.attribute("encoding");
        String schema = c.attribute("schema");
        String uom = c.attribute("uom");
        String identifier = null;
        while (c.nextChild()) {
            if (c.is(Wps.OWS_NS, "Identifier")) {
                identifier = c.text().strip();
            } else {
                c.skip();
            }
        }
        if (identifier == null || identifier.isEmpty()) {
            throw new MissingParameterValueException("Every requested output needs an ows:Identifier", "Output");
        }
        return new OutputDefinition(identifier, asReference, mimeType, encoding, schema, uom);
    }

    /** Walks a document element by element; every method leaves the reader on an element boundary. */
    private static final class Cursor {
        final XMLStreamReader reader;

        Cursor(XMLStreamReader reader) {
            this.reader = reader;
        }

        void toRootElement() throws XMLStreamException {
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new MalformedRequestException("DOCTYPE declarations are not allowed in requests", null);
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    return;
                }
            }
            throw new MalformedRequestException("The request body holds no XML element", null);
        }

        /** Moves to the next child element of the current element; false (on its end tag) when there is none. */
        boolean nextChild() throws XMLStreamException {
            while (true) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    return true;
                }
                if (event == XMLStreamConstants.END_ELEMENT) {
                    return false;
                }
            }
        }

        boolean is(String namespace, String localName) {
            return localName.equals(reader.getLocalName()) && namespace.equals(reader.getNamespaceURI());
        }

        String attribute(String name) {
            return reader.getAttributeValue(null, name);
        }

        boolean flag(String name) {
            String value = attribute(name);
            return value != null && !value.isBlank() && Flags.parse(value, name);
        }

        /** @return the text of a text-only element, leaving the reader on its end tag */
        String text() throws XMLStreamException {
            try {
                return reader.getElementText();
            } catch (XMLStreamException e) {
                if (reader.getEventType() == XMLStreamConstants.START_ELEMENT) {
                    throw new InvalidParameterValueException("The element " + reader.getLocalName()
                            + " must hold only text", reader.getLocalName());
                }
                throw e;
            }
        }

        /** @return the content of the current element, markup included, leaving the reader on its end tag */
        String innerContent() throws XMLStreamException {
            StringWriter out = new StringWriter();
            XMLStreamWriter writer = OUTPUT.createXMLStreamWriter(out);
            while (true) {
                int event = reader.next();
                if (event == XMLStreamConstants.END_ELEMENT) {
                    break;
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    copyElement(reader, writer);
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE) {
                    writer.writeCharacters(reader.getText());
                }
            }
            writer.flush();
            return out.toString();
        }

        /** Skips the current element and everything inside it, leaving the reader on its end tag. */
        void skip() throws XMLStreamException {
            int depth = 1;
            while (depth > 0) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        }
    }
}
