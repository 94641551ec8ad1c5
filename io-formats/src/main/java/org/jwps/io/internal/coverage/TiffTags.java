package org.jwps.io.internal.coverage;

import java.util.HashMap;
import java.util.Map;

import javax.imageio.metadata.IIOMetadata;

import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The numeric TIFF fields of an image, from the TIFF plugin's native metadata tree
 * ({@code javax_imageio_tiff_image_1.0}: TIFFIFD / TIFFField number=... / TIFFShorts / TIFFShort value=...).
 */
final class TiffTags {
    private static final String FORMAT = "javax_imageio_tiff_image_1.0";

    private TiffTags() {
    }

    static Map<Integer, double[]> read(IIOMetadata metadata) {
        Map<Integer, double[]> out = new HashMap<>();
        Node root = metadata.getAsTree(FORMAT);
        for (Node ifd = root.getFirstChild(); ifd != null; ifd = ifd.getNextSibling()) {
            for (Node field = ifd.getFirstChild(); field != null; field = field.getNextSibling()) {
                String number = attr(field, "number");
                Node values = field.getFirstChild();
                if (number == null || values == null) {
                    continue;
                }
                int n = 0;
                for (Node v = values.getFirstChild(); v != null; v = v.getNextSibling()) {
                    n++;
                }
                double[] d = new double[n];
                int i = 0;
                for (Node v = values.getFirstChild(); v != null; v = v.getNextSibling()) {
                    d[i++] = number(attr(v, "value"));
                }
                try {
                    out.put(Integer.parseInt(number), d);
                } catch (NumberFormatException e) {
                    // not a numbered field
                }
            }
        }
        return out;
    }

    private static String attr(Node n, String name) {
        NamedNodeMap attrs = n.getAttributes();
        Node a = attrs == null ? null : attrs.getNamedItem(name);
        return a == null ? null : a.getNodeValue();
    }

    /** Numbers as the plugin prints them; rationals as "n/d"; text is not a number. */
    private static double number(String s) {
        if (s == null) {
            return Double.NaN;
        }
        try {
            int slash = s.indexOf('/');
            return slash > 0 ? Double.parseDouble(s.substring(0, slash)) / Double.parseDouble(s.substring(slash + 1))
                    : Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
