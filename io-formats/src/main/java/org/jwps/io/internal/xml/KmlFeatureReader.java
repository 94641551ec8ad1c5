package org.jwps.io.internal.xml;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.jwps.io.Feature;
import org.jwps.io.FeatureReader;
import org.jwps.io.MalformedDataException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Streams the placemarks of a KML 2.2 document, wherever they are nested (Document, Folder),
 * as features: {@code name}, {@code description}, and {@code ExtendedData} ({@code Data} and
 * {@code SchemaData/SimpleData}) become properties. Coordinates are WGS 84 longitude, latitude.
 */
public final class KmlFeatureReader implements FeatureReader {
    private static final String WHAT = "KML";
    private final InputStream in;
    private final XMLStreamReader r;
    private final GeometryFactory gf = new GeometryFactory();
    private boolean done;

    /**
     * @param in the document, owned by this reader
     * @throws MalformedDataException if the document does not start with a kml element
     */
    public KmlFeatureReader(InputStream in) throws MalformedDataException {
        this.in = in;
        this.r = SafeXml.openAtRoot(in, WHAT);
        if (!r.getLocalName().equals("kml")) {
            throw new MalformedDataException("KML: the root element is " + r.getLocalName() + ", not kml");
        }
    }

    @Override
    public Feature next() throws IOException {
        if (done) {
            return null;
        }
        try {
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Placemark")) {
                    return placemark(XmlNode.read(r, WHAT));
                }
                SafeXml.check(ev, r, WHAT);
            }
        } catch (XMLStreamException e) {
            throw SafeXml.error(WHAT, e);
        }
        done = true;
        return null;
    }

    private Feature placemark(XmlNode p) throws MalformedDataException {
        Map<String, Object> props = new LinkedHashMap<>();
        Geometry geometry = null;
        for (XmlNode c : p.children) {
            switch (c.name) {
                case "name", "description" -> props.put(c.name, c.text);
                case "ExtendedData" -> extended(c, props);
                case "Point", "LineString", "LinearRing", "Polygon", "MultiGeometry" -> geometry = geometry(c);
                default -> { }
            }
        }
        return new Feature(p.attrs.get("id"), geometry, props);
    }

    private static void extended(XmlNode e, Map<String, Object> props) {
        for (XmlNode d : e.children) {
            if (d.name.equals("Data") && d.attrs.containsKey("name")) {
                XmlNode value = d.child("value");
                props.put(d.attrs.get("name"), value == null ? null : Values.infer(value.text));
            } else if (d.name.equals("SchemaData")) {
                for (XmlNode s : d.children("SimpleData")) {
                    props.put(s.attrs.getOrDefault("name", "value"), Values.infer(s.text));
                }
            }
        }
    }

    private Geometry geometry(XmlNode g) throws MalformedDataException {
        try {
            switch (g.name) {
                case "Point": {
                    Coordinate[] c = coordinates(g);
                    if (c.length != 1) {
                        throw bad(g, "Point needs one coordinate tuple, found " + c.length);
                    }
                    return gf.createPoint(c[0]);
                }
                case "LineString": {
                    Coordinate[] c = coordinates(g);
                    if (c.length < 2) {
                        throw bad(g, "LineString needs at least 2 coordinate tuples, found " + c.length);
                    }
                    return gf.createLineString(c);
                }
                case "LinearRing":
                    return ring(g);
                case "Polygon": {
                    XmlNode outer = g.child("outerBoundaryIs");
                    if (outer == null || outer.child("LinearRing") == null) {
                        throw bad(g, "Polygon without outerBoundaryIs/LinearRing");
                    }
                    List<LinearRing> holes = new ArrayList<>();
                    for (XmlNode inner : g.children("innerBoundaryIs")) {
                        for (XmlNode ring : inner.children("LinearRing")) {
                            holes.add(ring(ring));
                        }
                    }
                    return gf.createPolygon(ring(outer.child("LinearRing")), holes.toArray(new LinearRing[0]));
                }
                case "MultiGeometry": {
                    List<Geometry> parts = new ArrayList<>();
                    for (XmlNode c : g.children) {
                        if (!c.name.equals("extrude") && !c.name.equals("tessellate") && !c.name.equals("altitudeMode")) {
                            parts.add(geometry(c));
                        }
                    }
                    return homogeneous(parts);
                }
                default:
                    throw bad(g, "unsupported KML geometry " + g.name);
            }
        } catch (IllegalArgumentException e) {
            throw bad(g, e.getMessage());
        }
    }

    /** A MultiGeometry of one kind becomes the matching JTS multi-geometry. */
    private Geometry homogeneous(List<Geometry> parts) {
        if (!parts.isEmpty() && parts.stream().allMatch(Point.class::isInstance)) {
            return gf.createMultiPoint(parts.toArray(new Point[0]));
        } else if (!parts.isEmpty() && parts.stream().allMatch(x -> x instanceof LineString && !(x instanceof LinearRing))) {
            return gf.createMultiLineString(parts.toArray(new LineString[0]));
        } else if (!parts.isEmpty() && parts.stream().allMatch(Polygon.class::isInstance)) {
            return gf.createMultiPolygon(parts.toArray(new Polygon[0]));
        }
        return gf.createGeometryCollection(parts.toArray(new Geometry[0]));
    }

    private LinearRing ring(XmlNode g) throws MalformedDataException {
        Coordinate[] c = coordinates(g);
        if (c.length < 4 || !c[0].equals2D(c[c.length - 1])) {
            throw bad(g, "LinearRing needs at least 4 coordinate tuples, the last equal to the first");
        }
        return gf.createLinearRing(c);
    }

    private static Coordinate[] coordinates(XmlNode g) throws MalformedDataException {
        XmlNode n = g.child("coordinates");
        if (n == null) {
            throw bad(g, g.name + " without coordinates");
        }
        List<Coordinate> out = new ArrayList<>();
        for (String tuple : n.text.split("\\s+")) {
            if (tuple.isEmpty()) {
                continue;
            }
            String[] v = tuple.split(",");
            if (v.length < 2 || v.length > 3) {
                throw bad(n, "bad coordinate tuple '" + tuple + "' (need lon,lat[,alt])");
            }
            double lon = number(n, v[0]);
            double lat = number(n, v[1]);
            if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
                throw bad(n, "coordinate '" + tuple + "' is outside longitude -180..180 / latitude -90..90");
            }
            out.add(new Coordinate(lon, lat, v.length == 3 ? number(n, v[2]) : Double.NaN));
        }
        return out.toArray(new Coordinate[0]);
    }

    private static double number(XmlNode n, String s) throws MalformedDataException {
        try {
            double d = Double.parseDouble(s);
            if (Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw bad(n, "bad coordinate '" + s + "'");
    }

    private static MalformedDataException bad(XmlNode n, String message) {
        return new MalformedDataException(WHAT + ": " + message + " at " + n.where());
    }

    @Override
    public String crs() {
        return "EPSG:4326";
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
