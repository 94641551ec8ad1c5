package org.jwps.io.internal.xml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.jwps.io.MalformedDataException;

/**
 * A small element tree of one feature or placemark, read from a streaming parser: readers never
 * build more than one of these at a time. Attributes are keyed by local name.
 */
public final class XmlNode {
    /** Deepest element nesting inside one feature. */
    static final int MAX_DEPTH = 64;
    /** Most characters of text inside one feature (a 4-million-vertex polygon fits). */
    static final long MAX_CHARS = Long.getLong("jwps.xml.maxFeatureChars", 128L << 20);

    final String ns;
    final String name;
    final Map<String, String> attrs = new LinkedHashMap<>();
    final List<XmlNode> children = new ArrayList<>();
    String text = "";
    final int line;
    final int column;

    private XmlNode(XMLStreamReader r) {
        this.ns = r.getNamespaceURI() == null ? "" : r.getNamespaceURI();
        this.name = r.getLocalName();
        this.line = r.getLocation().getLineNumber();
        this.column = r.getLocation().getColumnNumber();
        for (int i = 0; i < r.getAttributeCount(); i++) {
            attrs.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
        }
    }

    /**
     * Reads the element the reader is on, leaving the reader on its end tag.
     *
     * @param r    a reader on a start tag
     * @param what the format, for messages
     * @return the element tree
     * @throws MalformedDataException if the XML is malformed or the element exceeds the limits
     */
    static XmlNode read(XMLStreamReader r, String what) throws MalformedDataException {
        try {
            return read(r, what, 0, new long[1]);
        } catch (XMLStreamException e) {
            throw SafeXml.error(what, e);
        }
    }

    private static XmlNode read(XMLStreamReader r, String what, int depth, long[] chars)
            throws XMLStreamException, MalformedDataException {
        if (depth > MAX_DEPTH) {
            throw new MalformedDataException(what + ": elements nested deeper than " + MAX_DEPTH + " at " + SafeXml.where(r));
        }
        XmlNode node = new XmlNode(r);
        StringBuilder text = null;
        while (true) {
            int ev = r.next();
            switch (ev) {
                case XMLStreamConstants.START_ELEMENT:
                    node.children.add(read(r, what, depth + 1, chars));
                    break;
                case XMLStreamConstants.CHARACTERS:
                case XMLStreamConstants.CDATA:
                case XMLStreamConstants.SPACE:
                    chars[0] += r.getTextLength();
                    if (chars[0] > MAX_CHARS) {
                        throw new MalformedDataException(what + ": one feature holds more than " + MAX_CHARS
                                + " characters (" + SafeXml.where(r) + ")");
                    }
                    if (text == null) {
                        text = new StringBuilder();
                    }
                    text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                    break;
                case XMLStreamConstants.END_ELEMENT:
                    node.text = text == null ? "" : text.toString().trim();
                    return node;
                default:
                    SafeXml.check(ev, r, what);
            }
        }
    }

    /** @param local a local name @return the first child of that name, or {@code null} */
    XmlNode child(String local) {
        for (XmlNode c : children) {
            if (c.name.equals(local)) {
                return c;
            }
        }
        return null;
    }

    /** @param local a local name @return the children of that name */
    List<XmlNode> children(String local) {
        List<XmlNode> out = new ArrayList<>();
        for (XmlNode c : children) {
            if (c.name.equals(local)) {
                out.add(c);
            }
        }
        return out;
    }

    /** @return "line L, column C" of the start tag */
    String where() {
        return "line " + line + ", column " + column;
    }
}
