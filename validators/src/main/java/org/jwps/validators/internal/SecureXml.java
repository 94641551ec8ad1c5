package org.jwps.validators.internal;

import java.io.IOException;
import java.io.InputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.jwps.api.ValidationException;
import org.xml.sax.ContentHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * SAX parsing of untrusted XML: the JDK's parser, namespace aware, a DOCTYPE is refused (so no
 * entity is ever declared or expanded), no external entities or DTDs are loaded. Errors become
 * {@link ValidationException}s that say the line and column.
 */
final class SecureXml {
    private static final SAXParserFactory FACTORY = factory();

    private SecureXml() {
    }

    private static SAXParserFactory factory() {
        SAXParserFactory f = SAXParserFactory.newDefaultInstance();
        f.setNamespaceAware(true);
        try {
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's SAX parser lacks a security feature", e);
        }
        return f;
    }

    /** Thrown by a handler to stop parsing early, without error. */
    static final class Stop extends SAXException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super("stop");
        }
    }

    /** Stops at the first error, which becomes the message. */
    static final ErrorHandler FAIL_FAST = new ErrorHandler() {
        @Override public void warning(SAXParseException e) {
        }

        @Override public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    /**
     * @param in      the document, closed when done
     * @param handler receives the events
     * @param what    the format, for messages (e.g. "KML")
     * @param problem what a parse error means (e.g. "not well-formed XML", "not valid against KML 2.2")
     * @throws ValidationException if the document is not well-formed or the handler reports an error
     */
    static void parse(InputStream in, ContentHandler handler, String what, String problem)
            throws ValidationException, IOException {
        try (in) {
            XMLReader reader = FACTORY.newSAXParser().getXMLReader();
            reader.setContentHandler(handler);
            reader.setErrorHandler(FAIL_FAST);
            reader.parse(new InputSource(in));
        } catch (Stop e) {
            // the handler has seen what it needed
        } catch (SAXParseException e) {
            throw new ValidationException(what + ": " + problem + " at line " + e.getLineNumber() + ", column "
                    + e.getColumnNumber() + ": " + message(e), e);
        } catch (SAXException e) {
            throw new ValidationException(what + ": " + problem + ": " + message(e), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String message(SAXException e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        if (m.contains("DOCTYPE")) {
            return "DTDs and entities are not allowed (" + m + ")";
        }
        return m;
    }
}
