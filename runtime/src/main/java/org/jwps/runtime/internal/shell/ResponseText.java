package org.jwps.runtime.internal.shell;

import java.io.PrintStream;

import org.jwps.runtime.internal.encoding.ExecuteResponseEncoder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Prints an Execute response document or exception report for a person at the shell. */
final class ResponseText {
    private static final String WPS = "http://www.opengis.net/wps/1.0.0";
    private static final String OWS = "http://www.opengis.net/ows/1.1";
    private static final int SHOWN = 2000;

    private ResponseText() {
    }

    static String statusLocation(byte[] xml) throws Exception {
        return parse(xml).getDocumentElement().getAttribute("statusLocation");
    }

    static void print(byte[] xml, PrintStream out) throws Exception {
        Document document = parse(xml);
        Element root = document.getDocumentElement();
        if ("ExceptionReport".equals(root.getLocalName())) {
            NodeList exceptions = root.getElementsByTagNameNS(OWS, "Exception");
            for (int i = 0; i < exceptions.getLength(); i++) {
                Element e = (Element) exceptions.item(i);
                out.println(e.getAttribute("exceptionCode") + (e.getAttribute("locator").isEmpty() ? ""
                        : " (" + e.getAttribute("locator") + ")") + ": " + e.getTextContent().strip());
            }
            return;
        }
        NodeList status = root.getElementsByTagNameNS(WPS, "Status");
        if (status.getLength() > 0) {
            Element first = firstElement(status.item(0));
            out.println(first.getLocalName() + (first.getTextContent().isBlank() ? ""
                    : ": " + first.getTextContent().strip()));
        }
        NodeList outputs = root.getElementsByTagNameNS(WPS, "Output");
        for (int i = 0; i < outputs.getLength(); i++) {
            Element output = (Element) outputs.item(i);
            String id = output.getElementsByTagNameNS(OWS, "Identifier").item(0).getTextContent();
            NodeList reference = output.getElementsByTagNameNS(WPS, "Reference");
            String value;
            if (reference.getLength() > 0) {
                value = ((Element) reference.item(0)).getAttribute("href");
            } else {
                Element data = firstElement(output.getElementsByTagNameNS(WPS, "Data").item(0));
                value = data.getTextContent().strip();
                if (data.getFirstChild() != null && firstElement(data) != null) {
                    value = "(" + firstElement(data).getLocalName() + " document)";
                }
            }
            out.println(id + " = " + (value.length() > SHOWN ? value.substring(0, SHOWN) + "..." : value));
        }
    }

    private static Element firstElement(Node parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element element) {
                return element;
            }
        }
        return null;
    }

    private static Document parse(byte[] xml) {
        return ExecuteResponseEncoder.parse(xml, "response");
    }
}
