package org.jwps.io.internal.xml;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.jwps.api.Format;
import org.jwps.io.Feature;
import org.jwps.io.FeatureCollection;
import org.jwps.io.internal.Crs;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes features as a GML feature collection of {@code jwps:feature} elements (namespace
 * {@value #NS}), each with a {@code jwps:geometry} property and one element per property.
 * GML 2 and 3.1 name the CRS {@code EPSG:n} in x/y order; GML 3.2 names it
 * {@code urn:ogc:def:crs:EPSG::n} and writes latitude first for the geographic CRSs, as that name requires.
 */
public final class GmlWriter {
    /** The namespace of the written feature type. */
    public static final String NS = "http://www.jwps.org/features";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    /** GML versions. */
    public enum Version {
        V2("http://www.opengis.net/gml"), V31("http://www.opengis.net/gml"), V32("http://www.opengis.net/gml/3.2");

        final String ns;

        Version(String ns) {
            this.ns = ns;
        }

        /** @param f a format @return the version its schema or mime type names, GML 3.1.1 by default */
        public static Version of(Format f) {
            String hint = ((f.schema() == null ? "" : f.schema()) + " " + f.mimeType()).toLowerCase(Locale.ROOT);
            if (hint.contains("3.2")) {
                return V32;
            }
            return hint.contains("2.1") || hint.contains("version=2") ? V2 : V31;
        }
    }

    private final Version v;
    private final XMLStreamWriter w;
    private final String srsName;
    private final boolean swap;
    private int ids;

    private GmlWriter(Version v, XMLStreamWriter w, String crs) {
        this.v = v;
        this.w = w;
        Integer code = Crs.code(crs);
        if (code == null) {
            srsName = crs;
            swap = false;
        } else if (v == Version.V32) {
            srsName = "urn:ogc:def:crs:EPSG::" + code;
            swap = Crs.isGeographic(crs);
        } else {
            srsName = "EPSG:" + code;
            swap = false;
        }
    }

    /**
     * @param v   the GML version
     * @param c   the features
     * @param out where to write (not closed)
     * @throws IOException if writing fails
     */
    public static void write(Version v, FeatureCollection c, OutputStream out) throws IOException {
        try {
            XMLStreamWriter w = FACTORY.createXMLStreamWriter(out, "UTF-8");
            new GmlWriter(v, w, c.crs()).document(c);
            w.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write GML: " + e.getMessage(), e);
        }
    }

    private void document(FeatureCollection c) throws XMLStreamException {
        w.writeStartDocument("UTF-8", "1.0");
        w.setPrefix("gml", v.ns);
        w.setPrefix("jwps", NS);
        w.writeStartElement(v.ns, "FeatureCollection");
        w.writeNamespace("gml", v.ns);
        w.writeNamespace("jwps", NS);
        if (v == Version.V32) {
            w.writeAttribute("gml", v.ns, "id", "collection");
        }
        int n = 0;
        for (Feature f : c) {
            w.writeStartElement(v.ns, "featureMember");
            w.writeStartElement(NS, "feature");
            String id = f.id() == null ? "f" + (++n) : ncName(f.id());
            if (v == Version.V2) {
                w.writeAttribute("fid", id);
            } else {
                w.writeAttribute("gml", v.ns, "id", id);
            }
            if (f.geometry() != null) {
                w.writeStartElement(NS, "geometry");
                geometry(f.geometry(), true);
                w.writeEndElement();
            }
            for (Map.Entry<String, Object> p : f.properties().entrySet()) {
                if (p.getValue() != null && !(p.getValue() instanceof Geometry)) {
                    w.writeStartElement(NS, ncName(p.getKey()));
                    w.writeCharacters(String.valueOf(p.getValue()));
                    w.writeEndElement();
                }
            }
            w.writeEndElement();
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndDocument();
    }

    /** Property names become element names: replace what XML does not allow. */
    static String ncName(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = Character.isLetter(c) || c == '_' || (i > 0 && (Character.isDigit(c) || c == '-' || c == '.'));
            b.append(ok ? c : '_');
        }
        return b.length() == 0 ? "_" : b.toString();
    }

    private void geometry(Geometry g, boolean top) throws XMLStreamException {
        String type = g.getGeometryType();
        String name = switch (type) {
            case "MultiLineString" -> v == Version.V2 ? type : "MultiCurve";
            case "MultiPolygon" -> v == Version.V2 ? type : "MultiSurface";
            case "GeometryCollection" -> "MultiGeometry";
            default -> type;
        };
        w.writeStartElement(v.ns, name);
        if (v == Version.V32) {
            w.writeAttribute("gml", v.ns, "id", "g" + (++ids));
        }
        if (top && srsName != null) {
            w.writeAttribute("srsName", srsName);
        }
        if (g instanceof Point p) {
            positions(p.getCoordinates(), "pos");
        } else if (g instanceof LineString l) {
            positions(l.getCoordinates(), "posList");
        } else if (g instanceof Polygon p) {
            ring(v == Version.V2 ? "outerBoundaryIs" : "exterior", p.getExteriorRing());
            for (int i = 0; i < p.getNumInteriorRing(); i++) {
                ring(v == Version.V2 ? "innerBoundaryIs" : "interior", p.getInteriorRingN(i));
            }
        } else {
            String member = switch (name) {
                case "MultiPoint" -> "pointMember";
                case "MultiLineString" -> "lineStringMember";
                case "MultiCurve" -> "curveMember";
                case "MultiPolygon" -> "polygonMember";
                case "MultiSurface" -> "surfaceMember";
                default -> "geometryMember";
            };
            for (int i = 0; i < g.getNumGeometries(); i++) {
                w.writeStartElement(v.ns, member);
                geometry(g.getGeometryN(i), false);
                w.writeEndElement();
            }
        }
        w.writeEndElement();
    }

    private void ring(String element, LineString ring) throws XMLStreamException {
        w.writeStartElement(v.ns, element);
        w.writeStartElement(v.ns, "LinearRing"); // a ring has no gml:id in GML 3.2
        positions(ring.getCoordinates(), "posList");
        w.writeEndElement();
        w.writeEndElement();
    }

    private void positions(Coordinate[] cs, String element) throws XMLStreamException {
        boolean z = cs.length > 0 && !Double.isNaN(cs[0].getZ());
        StringBuilder b = new StringBuilder(cs.length * 24);
        if (v == Version.V2) {
            for (Coordinate c : cs) {
                b.append(b.length() == 0 ? "" : " ").append(c.x).append(',').append(c.y);
                if (z) {
                    b.append(',').append(c.getZ());
                }
            }
            w.writeStartElement(v.ns, "coordinates");
        } else {
            for (Coordinate c : cs) {
                b.append(b.length() == 0 ? "" : " ").append(swap ? c.y : c.x).append(' ').append(swap ? c.x : c.y);
                if (z) {
                    b.append(' ').append(c.getZ());
                }
            }
            w.writeStartElement(v.ns, element);
            if (z) {
                w.writeAttribute("srsDimension", "3");
            }
        }
        w.writeCharacters(b.toString());
        w.writeEndElement();
    }
}
