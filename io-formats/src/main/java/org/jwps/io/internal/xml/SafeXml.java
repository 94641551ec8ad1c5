package org.jwps.io.internal.xml;

import java.io.InputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.jwps.io.MalformedDataException;

/**
 * StAX for untrusted documents: the JDK's own parser (not whatever a bundle's class loader
 * finds), no DTD (a DOCTYPE is refused, so no entity can be declared or expanded), no
 * external entities.
 */
public final class SafeXml {
    private static final XMLInputFactory FACTORY = create();

    private SafeXml() {
    }

    private static XMLInputFactory create() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setXMLResolver((publicId, systemId, base, ns) -> {
            throw new XMLStreamException("external entities are not allowed: " + systemId);
        });
        return f;
    }

    /**
     * @param in   the document
     * @param what the format, for messages
     * @return a reader positioned on the root element
     * @throws MalformedDataException if the document has a DTD or does not start with an element
     */
    public static XMLStreamReader openAtRoot(InputStream in, String what) throws MalformedDataException {
        try {
            XMLStreamReader r = FACTORY.createXMLStreamReader(in);
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    return r;
                }
                check(ev, r, what);
            }
            throw new MalformedDataException(what + ": no root element");
        } catch (XMLStreamException e) {
            throw error(what, e);
        }
    }

    /**
     * @param event the current event
     * @param r     the reader
     * @param what  the format, for messages
     * @throws MalformedDataException on a DTD or entity reference
     */
    public static void check(int event, XMLStreamReader r, String what) throws MalformedDataException {
        if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
            throw new MalformedDataException(what + ": DTDs and entities are not allowed (" + where(r) + ")");
        }
    }

    /** @param r a reader @return "line L, column C" of its position */
    public static String where(XMLStreamReader r) {
        return "line " + r.getLocation().getLineNumber() + ", column " + r.getLocation().getColumnNumber();
    }

    /** @param what the format @param e a parser error @return it as a malformed data error with its position */
    public static MalformedDataException error(String what, XMLStreamException e) {
        String msg = e.getMessage() == null ? "" : e.getMessage();
        // the JDK prefixes "ParseError at [row,col]:[l,c]\nMessage: "; say it in words
        int at = msg.indexOf("Message: ");
        String text = at >= 0 ? msg.substring(at + 9) : msg;
        String pos = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNumber()
                + ", column " + e.getLocation().getColumnNumber();
        return new MalformedDataException(what + ": not well-formed XML" + pos + ": " + text.trim(), e);
    }
}
