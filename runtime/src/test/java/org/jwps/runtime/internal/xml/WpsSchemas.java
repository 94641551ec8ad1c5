package org.jwps.runtime.internal.xml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;

import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Test utility: XML-Schema validation of WPS 1.0.0 / OWS 1.1.0 documents against the schemas bundled in
 * the runtime jar ({@code /schemas/wps/1.0.0/wpsAll.xsd} and everything it imports), plus DOM/XPath helpers.
 * <p>
 * Works fully offline: every import in the bundled schemas is relative, and schema loading is restricted to
 * {@code file:} and {@code jar:} URLs, so it works both from {@code target/classes} and from the runtime jar
 * on another module's test classpath. Shipped in the runtime test-jar.
 */
public final class WpsSchemas {

    public static final String WPS_NS = "http://www.opengis.net/wps/1.0.0";
    public static final String OWS_NS = "http://www.opengis.net/ows/1.1";
    public static final String XLINK_NS = "http://www.w3.org/1999/xlink";

    /** Classpath resource of the schema that includes/imports all of WPS 1.0.0. */
    public static final String WPS_ALL_XSD = "/schemas/wps/1.0.0/wpsAll.xsd";

    /** Schemes from which schema documents may be loaded: local files and jar entries, never the network. */
    static final String ALLOWED_SCHEMA_ACCESS = "file,jar";

    private static final Map<String, String> PREFIXES = Map.of(
            "wps", WPS_NS,
            "ows", OWS_NS,
            "xlink", XLINK_NS);

    private static final Object LOCK = new Object();
    private static volatile Schema schema;

    private WpsSchemas() {
    }

    /** The compiled WPS 1.0.0 schema, built on first use and cached (a {@link Schema} is thread-safe). */
    public static Schema schema() {
        Schema s = schema;
        if (s == null) {
            synchronized (LOCK) {
                s = schema;
                if (s == null) {
                    URL url = WpsSchemas.class.getResource(WPS_ALL_XSD);
                    if (url == null) {
                        throw new IllegalStateException("classpath resource " + WPS_ALL_XSD + " not found");
                    }
                    s = newSchema(url);
                    schema = s;
                }
            }
        }
        return s;
    }

    /** Compiles the schema at {@code url} (a {@code file:} or {@code jar:} URL) with a hardened factory. */
    static Schema newSchema(URL url) {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            // FSP first: enabling it resets the access properties, which are then narrowed explicitly
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, ALLOWED_SCHEMA_ACCESS);
            factory.setErrorHandler(new FirstError());
            return factory.newSchema(new StreamSource(url.toExternalForm()));
        } catch (SAXException e) {
            throw new IllegalStateException("cannot compile " + url + ": " + e.getMessage(), e);
        }
    }

    /** Asserts that {@code xml} is valid against WPS 1.0.0 (including OWS 1.1.0 documents such as ExceptionReport). */
    public static void assertValid(byte[] xml) {
        validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    /** As {@link #assertValid(byte[])}, for a document held as a string. */
    public static void assertValid(String xml) {
        validate(new StreamSource(new StringReader(xml)));
    }

    /**
     * Asserts that a response is a valid OWS ExceptionReport answered with the expected HTTP status,
     * exception code and locator ({@code ""} for none).
     */
    public static void assertExceptionReport(int status, byte[] body, int expectedStatus, String code, String locator) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (status != expectedStatus) {
            throw new AssertionError("HTTP status " + status + " instead of " + expectedStatus + ": " + text);
        }
        assertValid(body);
        String actualCode = xpath(body, "/ows:ExceptionReport/ows:Exception/@exceptionCode");
        String actualLocator = xpath(body, "/ows:ExceptionReport/ows:Exception/@locator");
        if (!code.equals(actualCode) || !locator.equals(actualLocator)) {
            throw new AssertionError("expected " + code + " at '" + locator + "', got " + actualCode + " at '"
                    + actualLocator + "': " + text);
        }
    }

    private static void validate(Source source) {
        Validator validator = schema().newValidator();
        FirstError handler = new FirstError();
        try {
            validator.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, ALLOWED_SCHEMA_ACCESS);
            validator.setErrorHandler(handler);
            validator.validate(source);
        } catch (SAXParseException e) {
            throw new AssertionError(describe(e), e);
        } catch (SAXException | IOException e) {
            throw new AssertionError("schema validation failed: " + e.getMessage(), e);
        }
    }

    /** Parses {@code xml} namespace-aware into a DOM; DOCTYPE declarations are rejected. */
    public static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new FirstError());
            return builder.parse(new InputSource(new ByteArrayInputStream(xml)));
        } catch (SAXParseException e) {
            throw new AssertionError("not well-formed XML: " + describe(e), e);
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new AssertionError("cannot parse XML: " + e.getMessage(), e);
        }
    }

    /**
     * Evaluates the XPath 1.0 expression {@code expr} on {@code xml} and returns its string value. Prefixes
     * {@code wps}, {@code ows} and {@code xlink} are bound to the WPS 1.0.0, OWS 1.1 and XLink namespaces.
     */
    public static String xpath(byte[] xml, String expr) {
        Document document = parse(xml);
        XPath xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new Prefixes());
        try {
            return xpath.evaluate(expr, document);
        } catch (XPathExpressionException e) {
            throw new AssertionError("cannot evaluate XPath '" + expr + "': " + e.getMessage(), e);
        }
    }

    /** Convenience for tests: the UTF-8 bytes of a string. */
    public static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String describe(SAXParseException e) {
        return "line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " + e.getMessage();
    }

    /** Stops at the first error (errors are thrown, so validation reports the first one); ignores warnings. */
    private static final class FirstError implements ErrorHandler {
        @Override
        public void warning(SAXParseException e) {
            // not a validity problem
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }

    private static final class Prefixes implements NamespaceContext {
        @Override
        public String getNamespaceURI(String prefix) {
            if (prefix == null) {
                throw new IllegalArgumentException("null prefix");
            }
            if (XMLConstants.XML_NS_PREFIX.equals(prefix)) {
                return XMLConstants.XML_NS_URI;
            }
            return PREFIXES.getOrDefault(prefix, XMLConstants.NULL_NS_URI);
        }

        @Override
        public String getPrefix(String namespaceUri) {
            Iterator<String> it = getPrefixes(namespaceUri);
            return it.hasNext() ? it.next() : null;
        }

        @Override
        public Iterator<String> getPrefixes(String namespaceUri) {
            if (XMLConstants.XML_NS_URI.equals(namespaceUri)) {
                return List.of(XMLConstants.XML_NS_PREFIX).iterator();
            }
            return PREFIXES.entrySet().stream()
                    .filter(e -> e.getValue().equals(namespaceUri))
                    .map(Map.Entry::getKey)
                    .iterator();
        }
    }
}
