package org.jwps.validators.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.validation.ValidatorHandler;

import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Validates every GML geometry of a document against the GML schema of its version, as the
 * document streams by: each geometry's events are replayed into a {@link ValidatorHandler}
 * as a document of its own. Application schemas (the feature types) are not fetched, so the
 * features themselves are not schema-checked, only their geometries. The version is GML 3.2.1
 * for the 3.2 namespace, else 2.1.2 when the document or its format names a GML 2 schema, else 3.1.1.
 */
final class GmlGeometryChecker extends DefaultHandler {
    private static final String GML = "http://www.opengis.net/gml";
    private static final String GML32 = "http://www.opengis.net/gml/3.2";
    private static final Set<String> GEOMETRIES = Set.of("Point", "LineString", "LinearRing", "Polygon", "MultiPoint",
            "MultiLineString", "MultiCurve", "MultiPolygon", "MultiSurface", "MultiGeometry", "Curve", "Surface");

    private final boolean gml2Hint;
    private final Map<String, ValidatorHandler> handlers = new HashMap<>();
    private final Map<String, Deque<String>> prefixes = new LinkedHashMap<>();
    private final Deque<String> parents = new ArrayDeque<>();
    private Locator locator;
    private boolean root = true;
    private boolean gml2;
    private ValidatorHandler current;
    private int depth;
    int geometries;

    /** @param formatSchema the format's schema, a version hint, or {@code null} */
    GmlGeometryChecker(String formatSchema) {
        this.gml2Hint = formatSchema != null && formatSchema.contains("/2.");
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        this.locator = locator;
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) throws SAXException {
        prefixes.computeIfAbsent(prefix, k -> new ArrayDeque<>()).push(uri);
        if (current != null) {
            current.startPrefixMapping(prefix, uri);
        }
    }

    @Override
    public void endPrefixMapping(String prefix) throws SAXException {
        Deque<String> d = prefixes.get(prefix);
        if (d != null && !d.isEmpty()) {
            d.pop();
        }
        if (current != null) {
            current.endPrefixMapping(prefix);
        }
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes atts) throws SAXException {
        if (root) {
            root = false;
            String hints = atts.getValue("http://www.w3.org/2001/XMLSchema-instance", "schemaLocation");
            gml2 = gml2Hint || (hints != null && hints.contains("gml/2."));
        }
        if (current != null) {
            depth++;
            current.startElement(uri, local, qName, atts);
        } else if ((GML.equals(uri) || GML32.equals(uri)) && GEOMETRIES.contains(local) && !"boundedBy".equals(parents.peek())) {
            current = handler(GML32.equals(uri) ? OfflineSchemas.GML_321 : gml2 ? OfflineSchemas.GML_212 : OfflineSchemas.GML_311);
            current.setDocumentLocator(locator);
            current.startDocument();
            for (Map.Entry<String, Deque<String>> e : prefixes.entrySet()) {
                if (!e.getValue().isEmpty()) {
                    current.startPrefixMapping(e.getKey(), e.getValue().peek());
                }
            }
            depth = 1;
            geometries++;
            current.startElement(uri, local, qName, atts);
        }
        parents.push(local);
    }

    private ValidatorHandler handler(String location) throws SAXException {
        ValidatorHandler h = handlers.get(location);
        if (h == null) {
            h = OfflineSchemas.schema(List.of(location)).newValidatorHandler();
            h.setErrorHandler(SecureXml.FAIL_FAST);
            handlers.put(location, h);
        }
        return h;
    }

    @Override
    public void endElement(String uri, String local, String qName) throws SAXException {
        parents.pop();
        if (current != null) {
            current.endElement(uri, local, qName);
            if (--depth == 0) {
                for (Map.Entry<String, Deque<String>> e : prefixes.entrySet()) {
                    if (!e.getValue().isEmpty()) {
                        current.endPrefixMapping(e.getKey());
                    }
                }
                current.endDocument();
                current = null;
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (current != null) {
            current.characters(ch, start, length);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        if (current != null) {
            current.ignorableWhitespace(ch, start, length);
        }
    }
}
