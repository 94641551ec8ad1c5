package org.jwps.runtime.internal.docs;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.DocumentType;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Test utility: parses the documentation pages as XML with a hardened parser. The bare HTML5
 * doctype is accepted, and checked to be bare; nothing external is ever loaded. Shipped in the
 * runtime test-jar for the distribution's black-box tests.
 */
public final class XhtmlParser {
    /** The namespace of the pages' elements. */
    public static final String XHTML_NS = "http://www.w3.org/1999/xhtml";

    private XhtmlParser() {
    }

    /** @return the DOM of a well-formed page @throws AssertionError when the page is not well-formed */
    public static Document parse(String page) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    // not a well-formedness problem
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            Document document = builder.parse(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)));
            DocumentType doctype = document.getDoctype();
            assertNotNull("an HTML5 doctype", doctype);
            assertEquals("html", doctype.getName());
            assertNull("no internal subset", doctype.getInternalSubset());
            assertNull(doctype.getPublicId());
            assertNull(doctype.getSystemId());
            assertEquals(XHTML_NS, document.getDocumentElement().getNamespaceURI());
            return document;
        } catch (SAXParseException e) {
            throw new AssertionError("not well-formed at line " + e.getLineNumber() + ", column "
                    + e.getColumnNumber() + ": " + e.getMessage() + "\n" + page, e);
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new AssertionError("cannot parse: " + e.getMessage(), e);
        }
    }

    /** @return the XHTML elements of that name, in document order */
    public static List<Element> elements(Document document, String name) {
        NodeList nodes = document.getElementsByTagNameNS(XHTML_NS, name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    /** @return the href of every link, in document order */
    public static List<String> hrefs(Document document) {
        List<String> hrefs = new ArrayList<>();
        elements(document, "a").forEach(a -> {
            if (a.hasAttribute("href")) {
                hrefs.add(a.getAttribute("href"));
            }
        });
        return hrefs;
    }
}
