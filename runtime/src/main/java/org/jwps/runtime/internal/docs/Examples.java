package org.jwps.runtime.internal.docs;

import java.util.ArrayList;
import java.util.List;

import org.jwps.api.BoundingBoxInput;
import org.jwps.api.ComplexInput;
import org.jwps.api.Format;
import org.jwps.api.InputDescription;
import org.jwps.api.LiteralInput;
import org.jwps.api.LiteralType;
import org.jwps.api.OutputDescription;
import org.jwps.api.ProcessDescription;
import org.jwps.api.Range;

/**
 * Example Execute requests for a process, by GET (KVP) and by POST (XML), giving every input
 * ({@code minOccurs} times, once when optional) and asking for every output in a response
 * document.
 *
 * <p>Literal values are the default, else the first allowed value, else a value of the first
 * range (its minimum when that is included), else a placeholder of the type. Complex data is
 * given by reference to a placeholder under {@code https://example.org/}, in the default
 * format; bounding boxes are {@code 0 0, 1 1} in the default CRS. Stateless.
 */
final class Examples {
    /** Where placeholder references for complex inputs point (a domain reserved for examples, RFC 2606). */
    static final String PLACEHOLDER_BASE = "https://example.org/";

    /** In KVP, characters left readable in the query: the DataInputs syntax and URL-ish punctuation. */
    private static final String KVP_KEEP = "=;@:/,";
    /** Inside one DataInputs value its syntax ({@code ; @ = %}) is escaped once more, as WPS 1.0.0 asks. */
    private static final String VALUE_KEEP = ":/,";

    private Examples() {
    }

    /**
     * @param process    a process
     * @param serviceUrl the WPS endpoint
     * @return an Execute URL for HTTP GET, properly URL-encoded
     */
    static String kvp(ProcessDescription process, String serviceUrl) {
        StringBuilder query = new StringBuilder("service=WPS&version=1.0.0&request=Execute&identifier=")
                .append(Links.encode(process.identifier(), ""));
        List<String> inputs = new ArrayList<>();
        for (InputDescription input : process.inputs()) {
            String entry = value(input.identifier()) + "=" + kvpValue(input);
            for (int i = 0; i < copies(input); i++) {
                inputs.add(entry);
            }
        }
        if (!inputs.isEmpty()) {
            query.append("&DataInputs=").append(Links.encode(String.join(";", inputs), KVP_KEEP));
        }
        List<String> outputs = new ArrayList<>();
        process.outputs().forEach(o -> outputs.add(value(o.identifier())));
        query.append("&ResponseDocument=").append(Links.encode(String.join(";", outputs), KVP_KEEP));
        return Links.withQuery(serviceUrl, query.toString());
    }

    /** One DataInputs value with its attributes, each part escaped for the DataInputs syntax. */
    private static String kvpValue(InputDescription input) {
        if (input instanceof LiteralInput literal) {
            String text = value(literalValue(literal));
            return literal.uoms().isEmpty() ? text : text + "@uom=" + value(literal.uoms().get(0));
        }
        if (input instanceof ComplexInput complex) {
            Format format = complex.defaultFormat();
            StringBuilder text = new StringBuilder("@xlink:href=").append(value(placeholderHref(input, format)))
                    .append("@mimeType=").append(value(format.mimeType()));
            if (format.encoding() != null) {
                text.append("@encoding=").append(value(format.encoding()));
            }
            if (format.schema() != null) {
                text.append("@schema=").append(value(format.schema()));
            }
            return text.toString();
        }
        BoundingBoxInput box = (BoundingBoxInput) input;
        String lower = box.dimensions() == 3 ? "0,0,0" : "0,0";
        String upper = box.dimensions() == 3 ? "1,1,1" : "1,1";
        return lower + "," + upper + "," + value(box.crss().get(0));
    }

    private static String value(String text) {
        return Links.encode(text, VALUE_KEEP);
    }

    /**
     * @param process a process
     * @return a WPS 1.0.0 {@code wps:Execute} document, valid against {@code wpsExecute_request.xsd}
     */
    static String xml(ProcessDescription process) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<wps:Execute service=\"WPS\" version=\"1.0.0\"")
                .append(" xmlns:wps=\"http://www.opengis.net/wps/1.0.0\"")
                .append(" xmlns:ows=\"http://www.opengis.net/ows/1.1\"")
                .append(" xmlns:xlink=\"http://www.w3.org/1999/xlink\"")
                .append(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
                .append(" xsi:schemaLocation=\"http://www.opengis.net/wps/1.0.0")
                .append(" http://schemas.opengis.net/wps/1.0.0/wpsExecute_request.xsd\">\n")
                .append("  <ows:Identifier>").append(Xml.escape(process.identifier())).append("</ows:Identifier>\n");
        if (!process.inputs().isEmpty()) {
            xml.append("  <wps:DataInputs>\n");
            for (InputDescription input : process.inputs()) {
                for (int i = 0; i < copies(input); i++) {
                    xmlInput(xml, input);
                }
            }
            xml.append("  </wps:DataInputs>\n");
        }
        xml.append("  <wps:ResponseForm>\n    <wps:ResponseDocument>\n");
        for (OutputDescription output : process.outputs()) {
            xml.append("      <wps:Output>\n        <ows:Identifier>").append(Xml.escape(output.identifier()))
                    .append("</ows:Identifier>\n      </wps:Output>\n");
        }
        return xml.append("    </wps:ResponseDocument>\n  </wps:ResponseForm>\n</wps:Execute>\n").toString();
    }

    private static void xmlInput(StringBuilder xml, InputDescription input) {
        xml.append("    <wps:Input>\n      <ows:Identifier>").append(Xml.escape(input.identifier()))
                .append("</ows:Identifier>\n");
        if (input instanceof ComplexInput complex) {
            Format format = complex.defaultFormat();
            xml.append("      <wps:Reference xlink:href=\"").append(Xml.escape(placeholderHref(input, format)))
                    .append('"');
            formatAttributes(xml, format);
            xml.append("/>\n    </wps:Input>\n");
            return;
        }
        xml.append("      <wps:Data>\n");
        if (input instanceof LiteralInput literal) {
            xml.append("        <wps:LiteralData");
            if (!literal.uoms().isEmpty()) {
                xml.append(" uom=\"").append(Xml.escape(literal.uoms().get(0))).append('"');
            }
            xml.append('>').append(Xml.escape(literalValue(literal))).append("</wps:LiteralData>\n");
        } else {
            BoundingBoxInput box = (BoundingBoxInput) input;
            String lower = box.dimensions() == 3 ? "0 0 0" : "0 0";
            String upper = box.dimensions() == 3 ? "1 1 1" : "1 1";
            xml.append("        <wps:BoundingBoxData crs=\"").append(Xml.escape(box.crss().get(0)))
                    .append("\" dimensions=\"").append(box.dimensions()).append("\">\n")
                    .append("          <ows:LowerCorner>").append(lower).append("</ows:LowerCorner>\n")
                    .append("          <ows:UpperCorner>").append(upper).append("</ows:UpperCorner>\n")
                    .append("        </wps:BoundingBoxData>\n");
        }
        xml.append("      </wps:Data>\n    </wps:Input>\n");
    }

    private static void formatAttributes(StringBuilder xml, Format format) {
        xml.append(" mimeType=\"").append(Xml.escape(format.mimeType())).append('"');
        if (format.encoding() != null) {
            xml.append(" encoding=\"").append(Xml.escape(format.encoding())).append('"');
        }
        if (format.schema() != null) {
            xml.append(" schema=\"").append(Xml.escape(format.schema())).append('"');
        }
    }

    /** How many values of an input the examples give: what is required, and one of an optional input. */
    private static int copies(InputDescription input) {
        return Math.max(1, input.minOccurs());
    }

    private static String placeholderHref(InputDescription input, Format format) {
        String extension = format.extension() == null ? "" : format.extension();
        return PLACEHOLDER_BASE + Links.encode(input.identifier(), "") + Links.encode(extension, "");
    }

    /**
     * @param input a literal input
     * @return a value the input accepts: see the class description for the order of choice
     */
    static String literalValue(LiteralInput input) {
        List<String> candidates = new ArrayList<>();
        if (input.defaultValue() != null) {
            candidates.add(input.defaultValue());
        }
        candidates.addAll(input.allowedValues().values());
        for (Range range : input.allowedValues().ranges()) {
            candidates.addAll(inside(range));
        }
        candidates.add(placeholder(input.type()));
        for (String candidate : candidates) {
            if (accepts(input, candidate)) {
                return candidate;
            }
        }
        // nothing fits (e.g. an open integer range with no integer in it): the best hint there is
        return candidates.get(0);
    }

    /** Values that may lie inside a range, the minimum first. */
    private static List<String> inside(Range range) {
        List<Double> numbers = new ArrayList<>();
        Double min = range.minimum();
        Double max = range.maximum();
        if (min != null) {
            numbers.add(min);
            numbers.add(min + (range.spacing() == null ? 1 : range.spacing()));
            numbers.add(Math.ceil(min));
        }
        if (max != null) {
            numbers.add(max);
            numbers.add(Math.floor(max));
            numbers.add(max - 1);
        }
        if (min != null && max != null) {
            numbers.add((min + max) / 2);
        }
        List<String> texts = new ArrayList<>();
        numbers.forEach(n -> texts.add(Range.format(n)));
        return texts;
    }

    private static boolean accepts(LiteralInput input, String text) {
        try {
            return input.allowedValues().allows(input.type(), input.type().parse(text));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A value of the type, for inputs that accept any. */
    static String placeholder(LiteralType type) {
        return switch (type) {
            case STRING -> "text";
            case INTEGER, POSITIVE_INTEGER -> "1";
            case NON_NEGATIVE_INTEGER -> "0";
            case FLOAT, SCALE -> "1.0";
            case ANGLE -> "45.0";
            case BOOLEAN -> "true";
            case ANY_URI -> PLACEHOLDER_BASE;
            case DATE -> "2000-01-01";
            case TIME -> "12:00:00";
            case DATE_TIME -> "2000-01-01T12:00:00Z";
        };
    }
}
