package org.jwps.io.internal.xml;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.jwps.io.Feature;
import org.jwps.io.FeatureReader;
import org.jwps.io.MalformedDataException;
import org.jwps.io.internal.Crs;
import org.locationtech.jts.geom.Geometry;

/**
 * Streams the features of a GML 2 / 3.1 / 3.2 document: the members of a feature collection
 * ({@code gml:featureMember(s)}, WFS 2.0 {@code wfs:member}), a single feature, or a bare GML
 * geometry. Each feature is read as a small element tree, never the whole document. Without
 * the application schema, simple property values that look like numbers become numbers.
 */
public final class GmlFeatureReader implements FeatureReader {
    private static final String WHAT = GmlGeometries.WHAT;
    private final InputStream in;
    private final XMLStreamReader r;
    private final GmlGeometries geometries = new GmlGeometries();
    private String srsName;
    private String crs;
    private int depth = 1;
    private int containerDepth;
    private boolean single;
    private boolean done;

    /**
     * @param in the document, owned by this reader
     * @throws MalformedDataException if the document does not start well
     */
    public GmlFeatureReader(InputStream in) throws MalformedDataException {
        this.in = in;
        this.r = SafeXml.openAtRoot(in, WHAT);
        String root = r.getLocalName();
        single = !root.contains("Collection") && !isContainer(root);
        srsName = r.getAttributeValue(null, "srsName");
    }

    private static boolean isContainer(String local) {
        return local.equals("featureMember") || local.equals("featureMembers")
                || local.equals("member") || local.equals("members");
    }

    @Override
    public Feature next() throws IOException {
        if (done) {
            return null;
        }
        if (single) {
            done = true;
            return feature(XmlNode.read(r, WHAT));
        }
        try {
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    String local = r.getLocalName();
                    if (containerDepth > 0 && depth == containerDepth + 1) {
                        depth--;
                        return feature(XmlNode.read(r, WHAT));
                    } else if (isContainer(local)) {
                        containerDepth = depth;
                    } else if (local.equals("boundedBy") && depth == 2) {
                        depth--;
                        boundedBy(XmlNode.read(r, WHAT));
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    if (depth == containerDepth) {
                        containerDepth = 0;
                    }
                    depth--;
                } else {
                    SafeXml.check(ev, r, WHAT);
                }
            }
        } catch (XMLStreamException e) {
            throw SafeXml.error(WHAT, e);
        }
        done = true;
        return null;
    }

    private void boundedBy(XmlNode b) {
        for (XmlNode c : b.children) {
            if (c.attrs.containsKey("srsName")) {
                srsName = c.attrs.get("srsName");
                crs = Crs.normalize(srsName);
            }
        }
    }

    private Feature feature(XmlNode f) throws MalformedDataException {
        if (GmlGeometries.isGeometry(f)) {
            return new Feature(null, geometry(f), null);
        }
        String id = f.attrs.containsKey("id") ? f.attrs.get("id") : f.attrs.get("fid");
        Geometry geometry = null;
        Map<String, Object> props = new LinkedHashMap<>();
        for (XmlNode p : f.children) {
            if (p.ns.startsWith("http://www.opengis.net/gml")) {
                continue; // boundedBy, name, description, location of the GML model
            }
            XmlNode g = p.children.isEmpty() ? null : p.children.get(0);
            if (g != null && GmlGeometries.isGeometry(g)) {
                Geometry value = geometry(g);
                if (geometry == null) {
                    geometry = value;
                } else {
                    props.put(p.name, value);
                }
            } else if ("true".equals(p.attrs.get("nil"))) {
                props.put(p.name, null);
            } else {
                props.put(p.name, Values.infer(p.text));
            }
        }
        return new Feature(id, geometry, props);
    }

    private Geometry geometry(XmlNode g) throws MalformedDataException {
        try {
            Geometry geom = geometries.parse(g, srsName, 2);
            if (crs == null && geometries.lastSrsName != null) {
                crs = Crs.normalize(geometries.lastSrsName);
            }
            return geom;
        } catch (IllegalArgumentException e) {
            throw GmlGeometries.bad(g, e.getMessage());
        }
    }

    @Override
    public String crs() {
        return crs;
    }

    @Override
    public void close() throws IOException {
        try {
            r.close();
        } catch (XMLStreamException e) {
            // the stream is closed below anyway
        }
        in.close();
    }
}
