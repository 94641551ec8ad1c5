package org.jwps.io.internal.xml;

import java.util.ArrayList;
import java.util.List;

import org.jwps.io.MalformedDataException;
import org.jwps.io.internal.Crs;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Turns a GML 2, 3.1 or 3.2 geometry element into a JTS geometry: pos, posList (with
 * srsDimension), coordinates (with cs/ts/decimal) and coord, Curve and Surface with
 * LineStringSegment and PolygonPatch, and the aggregates. Latitude-first CRSs are swapped to x/y.
 */
final class GmlGeometries {
    static final String WHAT = "GML";
    private final GeometryFactory gf = new GeometryFactory();

    /** The srsName in effect (the nearest ancestor's) and the last one seen. */
    String lastSrsName;

    /** @param n an element @return true if it is a GML geometry this parser knows */
    static boolean isGeometry(XmlNode n) {
        return n.ns.startsWith("http://www.opengis.net/gml") && switch (n.name) {
            case "Point", "LineString", "LinearRing", "Polygon", "MultiPoint", "MultiLineString", "MultiCurve",
                 "MultiPolygon", "MultiSurface", "MultiGeometry", "Curve", "Surface", "Envelope", "Box" -> true;
            default -> false;
        };
    }

    Geometry parse(XmlNode n, String srsName, int dim) throws MalformedDataException {
        String srs = n.attrs.getOrDefault("srsName", srsName);
        if (srs != null) {
            lastSrsName = srs;
        }
        int d = intAttr(n, "srsDimension", dim);
        boolean swap = Crs.latitudeFirst(srs);
        switch (n.name) {
            case "Point": {
                Coordinate[] c = coords(n, d, swap);
                if (c.length != 1) {
                    throw bad(n, "gml:Point needs exactly one position, found " + c.length);
                }
                return gf.createPoint(c[0]);
            }
            case "LineString":
                return line(n, coords(n, d, swap));
            case "LinearRing":
                return ring(n, coords(n, d, swap));
            case "Curve": {
                List<Coordinate> all = new ArrayList<>();
                XmlNode segments = required(n, "segments");
                for (XmlNode s : segments.children) {
                    for (Coordinate c : coords(s, intAttr(s, "srsDimension", d), swap)) {
                        if (all.isEmpty() || !all.get(all.size() - 1).equals2D(c)) {
                            all.add(c);
                        }
                    }
                }
                return line(n, all.toArray(new Coordinate[0]));
            }
            case "Polygon":
                return polygon(n, srs, d);
            case "Surface": {
                XmlNode patches = required(n, "patches");
                List<Polygon> polys = new ArrayList<>();
                for (XmlNode p : patches.children) {
                    polys.add(polygon(p, srs, d));
                }
                return polys.size() == 1 ? polys.get(0) : gf.createMultiPolygon(polys.toArray(new Polygon[0]));
            }
            case "Envelope": {
                Coordinate lo = single(required(n, "lowerCorner"), d, swap);
                Coordinate hi = single(required(n, "upperCorner"), d, swap);
                return gf.toGeometry(new Envelope(lo, hi));
            }
            case "Box": {
                Coordinate[] c = coords(n, d, swap);
                if (c.length != 2) {
                    throw bad(n, "gml:Box needs two positions, found " + c.length);
                }
                return gf.toGeometry(new Envelope(c[0], c[1]));
            }
            case "MultiPoint":
                return gf.createMultiPoint(members(n, srs, d, Point.class).toArray(new Point[0]));
            case "MultiLineString":
            case "MultiCurve":
                return gf.createMultiLineString(members(n, srs, d, LineString.class).toArray(new LineString[0]));
            case "MultiPolygon":
            case "MultiSurface":
                return gf.createMultiPolygon(flattenPolygons(members(n, srs, d, Geometry.class)));
            case "MultiGeometry":
                return gf.createGeometryCollection(members(n, srs, d, Geometry.class).toArray(new Geometry[0]));
            default:
                throw bad(n, "unsupported GML geometry gml:" + n.name);
        }
    }

    private Polygon polygon(XmlNode n, String srs, int d) throws MalformedDataException {
        LinearRing shell = null;
        List<LinearRing> holes = new ArrayList<>();
        for (XmlNode c : n.children) {
            boolean exterior = c.name.equals("exterior") || c.name.equals("outerBoundaryIs");
            if (exterior || c.name.equals("interior") || c.name.equals("innerBoundaryIs")) {
                XmlNode ringNode = c.child("LinearRing");
                if (ringNode == null) {
                    throw bad(c, "gml:" + c.name + " needs a gml:LinearRing");
                }
                LinearRing r = (LinearRing) parse(ringNode, srs, d);
                if (exterior) {
                    shell = r;
                } else {
                    holes.add(r);
                }
            }
        }
        if (shell == null) {
            throw bad(n, "gml:" + n.name + " has no exterior ring");
        }
        return gf.createPolygon(shell, holes.toArray(new LinearRing[0]));
    }

    private <T extends Geometry> List<T> members(XmlNode n, String srs, int d, Class<T> type) throws MalformedDataException {
        List<T> out = new ArrayList<>();
        for (XmlNode m : n.children) {
            if (!m.name.endsWith("Member") && !m.name.endsWith("Members")) {
                continue;
            }
            for (XmlNode g : m.children) {
                Geometry geom = parse(g, srs, d);
                if (!type.isInstance(geom)) {
                    throw bad(g, "gml:" + g.name + " is not allowed in gml:" + n.name);
                }
                out.add(type.cast(geom));
            }
        }
        return out;
    }

    private Polygon[] flattenPolygons(List<Geometry> geoms) {
        List<Polygon> out = new ArrayList<>();
        for (Geometry g : geoms) {
            for (int i = 0; i < g.getNumGeometries(); i++) {
                if (g.getGeometryN(i) instanceof Polygon p) {
                    out.add(p);
                }
            }
        }
        return out.toArray(new Polygon[0]);
    }

    private LineString line(XmlNode n, Coordinate[] c) throws MalformedDataException {
        if (c.length < 2) {
            throw bad(n, "gml:" + n.name + " needs at least 2 positions, found " + c.length);
        }
        return gf.createLineString(c);
    }

    private LinearRing ring(XmlNode n, Coordinate[] c) throws MalformedDataException {
        if (c.length < 4) {
            throw bad(n, "gml:LinearRing needs at least 4 positions, found " + c.length);
        }
        if (!c[0].equals2D(c[c.length - 1])) {
            throw bad(n, "gml:LinearRing is not closed: first position " + c[0] + " differs from last " + c[c.length - 1]);
        }
        return gf.createLinearRing(c);
    }

    private Coordinate single(XmlNode n, int d, boolean swap) throws MalformedDataException {
        Coordinate[] c = numbers(n, n.text, d, swap);
        if (c.length != 1) {
            throw bad(n, "gml:" + n.name + " needs one position");
        }
        return c[0];
    }

    /** The positions of a geometry element: posList, pos*, coordinates or coord*. */
    private Coordinate[] coords(XmlNode n, int d, boolean swap) throws MalformedDataException {
        XmlNode posList = n.child("posList");
        if (posList != null) {
            return numbers(posList, posList.text, intAttr(posList, "srsDimension", intAttr(posList, "dimension", d)), swap);
        }
        XmlNode coordinates = n.child("coordinates");
        if (coordinates != null) {
            return coordinates(coordinates, swap);
        }
        List<Coordinate> out = new ArrayList<>();
        for (XmlNode c : n.children) {
            if (c.name.equals("pos")) {
                int pd = intAttr(c, "srsDimension", c.attrs.containsKey("srsDimension") ? d : -1);
                out.add(numbers(c, c.text, pd, swap)[0]);
            } else if (c.name.equals("coord")) {
                out.add(coord(c, swap));
            } else if (c.name.equals("pointProperty") || c.name.equals("pointRep")) {
                XmlNode p = c.child("Point");
                if (p != null) {
                    out.add(coords(p, d, swap)[0]);
                }
            }
        }
        return out.toArray(new Coordinate[0]);
    }

    private Coordinate coord(XmlNode c, boolean swap) throws MalformedDataException {
        double x = number(c, text(c, "X"), "gml:X");
        double y = number(c, text(c, "Y"), "gml:Y");
        double z = c.child("Z") == null ? Double.NaN : number(c, text(c, "Z"), "gml:Z");
        return swap ? new Coordinate(y, x, z) : new Coordinate(x, y, z);
    }

    private static String text(XmlNode c, String name) throws MalformedDataException {
        XmlNode n = c.child(name);
        if (n == null) {
            throw bad(c, "gml:coord without gml:" + name);
        }
        return n.text;
    }

    private Coordinate[] coordinates(XmlNode n, boolean swap) throws MalformedDataException {
        String cs = n.attrs.getOrDefault("cs", ",");
        String ts = n.attrs.getOrDefault("ts", " ");
        String dec = n.attrs.getOrDefault("decimal", ".");
        String body = n.text;
        List<Coordinate> out = new ArrayList<>();
        for (String tuple : body.split(ts.isBlank() ? "\\s+" : java.util.regex.Pattern.quote(ts))) {
            tuple = tuple.trim();
            if (tuple.isEmpty()) {
                continue;
            }
            String[] parts = tuple.split(java.util.regex.Pattern.quote(cs));
            if (parts.length < 2 || parts.length > 3) {
                throw bad(n, "bad tuple '" + tuple + "' in gml:coordinates (need 2 or 3 values)");
            }
            double[] v = new double[parts.length];
            for (int i = 0; i < parts.length; i++) {
                v[i] = number(n, dec.equals(".") ? parts[i].trim() : parts[i].trim().replace(dec, "."), "gml:coordinates");
            }
            out.add(point(v, 0, parts.length, swap));
        }
        return out.toArray(new Coordinate[0]);
    }

    /** Whitespace-separated numbers in groups of {@code d}; d = -1 takes all numbers as one position. */
    private Coordinate[] numbers(XmlNode n, String body, int d, boolean swap) throws MalformedDataException {
        String[] tokens = body.isEmpty() ? new String[0] : body.split("\\s+");
        int dim = d < 0 ? tokens.length : d;
        if (dim < 2 || dim > 3) {
            throw bad(n, "gml:" + n.name + " has " + dim + " ordinates per position (need 2 or 3)");
        }
        if (tokens.length % dim != 0) {
            throw bad(n, "gml:" + n.name + " has " + tokens.length + " numbers, not a multiple of srsDimension " + dim);
        }
        double[] v = new double[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            v[i] = number(n, tokens[i], "gml:" + n.name);
        }
        Coordinate[] out = new Coordinate[tokens.length / dim];
        for (int i = 0; i < out.length; i++) {
            out[i] = point(v, i * dim, dim, swap);
        }
        return out;
    }

    private static Coordinate point(double[] v, int off, int dim, boolean swap) {
        double z = dim > 2 ? v[off + 2] : Double.NaN;
        return swap ? new Coordinate(v[off + 1], v[off], z) : new Coordinate(v[off], v[off + 1], z);
    }

    private static double number(XmlNode n, String s, String where) throws MalformedDataException {
        try {
            double d = Double.parseDouble(s);
            if (Double.isFinite(d) && !s.endsWith("d") && !s.endsWith("D") && !s.endsWith("f") && !s.endsWith("F")) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw bad(n, "bad coordinate '" + (s.length() > 40 ? s.substring(0, 40) + "..." : s) + "' in " + where);
    }

    private static int intAttr(XmlNode n, String name, int dflt) throws MalformedDataException {
        String v = n.attrs.get(name);
        if (v == null) {
            return dflt;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw bad(n, "bad " + name + " '" + v + "'");
        }
    }

    private static XmlNode required(XmlNode n, String child) throws MalformedDataException {
        XmlNode c = n.child(child);
        if (c == null) {
            throw bad(n, "gml:" + n.name + " without gml:" + child);
        }
        return c;
    }

    static MalformedDataException bad(XmlNode n, String message) {
        return new MalformedDataException(WHAT + ": " + message + " at " + n.where());
    }
}
