package org.jwps.io.internal.xml;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.jwps.io.Feature;
import org.jwps.io.FeatureCollection;
import org.jwps.io.internal.Crs;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes features as a KML 2.2 Document of Placemarks; properties go to ExtendedData, except
 * {@code name} and {@code description}. KML is WGS 84 longitude/latitude only: other CRSs are refused.
 */
public final class KmlWriter {
    private static final String NS = "http://www.opengis.net/kml/2.2";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();
    private final XMLStreamWriter w;

    private KmlWriter(XMLStreamWriter w) {
        this.w = w;
    }

    /**
     * @param c   the features, in EPSG:4326 (or without CRS)
     * @param out where to write (not closed)
     * @throws IOException if the CRS is not WGS 84, or writing fails
     */
    public static void write(FeatureCollection c, OutputStream out) throws IOException {
        Integer code = Crs.code(c.crs());
        if (c.crs() != null && (code == null || code != 4326)) {
            throw new IOException("KML holds WGS 84 longitude/latitude only, not " + c.crs() + ": reproject first");
        }
        try {
            XMLStreamWriter w = FACTORY.createXMLStreamWriter(out, "UTF-8");
            new KmlWriter(w).document(c);
            w.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write KML: " + e.getMessage(), e);
        }
    }

    /**
     * @param c   the features
     * @param out where to write the KMZ archive (not closed)
     * @throws IOException as {@link #write(FeatureCollection, OutputStream)}
     */
    public static void writeKmz(FeatureCollection c, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        zip.putNextEntry(new ZipEntry("doc.kml"));
        write(c, zip);
        zip.closeEntry();
        zip.finish();
    }

    private void document(FeatureCollection c) throws XMLStreamException {
        w.writeStartDocument("UTF-8", "1.0");
        w.setDefaultNamespace(NS);
        w.writeStartElement(NS, "kml");
        w.writeDefaultNamespace(NS);
        w.writeStartElement(NS, "Document");
        for (Feature f : c) {
            w.writeStartElement(NS, "Placemark");
            if (f.id() != null) {
                w.writeAttribute("id", GmlWriter.ncName(f.id()));
            }
            text("name", f.property("name"));
            text("description", f.property("description"));
            boolean extended = f.properties().keySet().stream().anyMatch(k -> !k.equals("name") && !k.equals("description"));
            if (extended) {
                w.writeStartElement(NS, "ExtendedData");
                for (Map.Entry<String, Object> p : f.properties().entrySet()) {
                    if (!p.getKey().equals("name") && !p.getKey().equals("description") && !(p.getValue() instanceof Geometry)) {
                        w.writeStartElement(NS, "Data");
                        w.writeAttribute("name", p.getKey());
                        text("value", p.getValue() == null ? "" : p.getValue());
                        w.writeEndElement();
                    }
                }
                w.writeEndElement();
            }
            if (f.geometry() != null) {
                geometry(f.geometry());
            }
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndDocument();
    }

    private void text(String element, Object value) throws XMLStreamException {
        if (value != null) {
            w.writeStartElement(NS, element);
            w.writeCharacters(String.valueOf(value));
            w.writeEndElement();
        }
    }

    private void geometry(Geometry g) throws XMLStreamException {
        if (g instanceof Point || g instanceof LineString) {
            w.writeStartElement(NS, g instanceof LinearRing ? "LinearRing" : g.getGeometryType());
            coordinates(g.getCoordinates());
            w.writeEndElement();
        } else if (g instanceof Polygon p) {
            w.writeStartElement(NS, "Polygon");
            ring("outerBoundaryIs", p.getExteriorRing());
            for (int i = 0; i < p.getNumInteriorRing(); i++) {
                ring("innerBoundaryIs", p.getInteriorRingN(i));
            }
            w.writeEndElement();
        } else {
            w.writeStartElement(NS, "MultiGeometry");
            for (int i = 0; i < g.getNumGeometries(); i++) {
                geometry(g.getGeometryN(i));
            }
            w.writeEndElement();
        }
    }

    private void ring(String element, LineString ring) throws XMLStreamException {
        w.writeStartElement(NS, element);
        w.writeStartElement(NS, "LinearRing");
        coordinates(ring.getCoordinates());
        w.writeEndElement();
        w.writeEndElement();
    }

    private void coordinates(Coordinate[] cs) throws XMLStreamException {
        StringBuilder b = new StringBuilder(cs.length * 24);
        for (Coordinate c : cs) {
            b.append(b.length() == 0 ? "" : " ").append(c.x).append(',').append(c.y);
            if (!Double.isNaN(c.getZ())) {
                b.append(',').append(c.getZ());
            }
        }
        w.writeStartElement(NS, "coordinates");
        w.writeCharacters(b.toString());
        w.writeEndElement();
    }
}
