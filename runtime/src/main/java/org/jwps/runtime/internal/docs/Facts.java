package org.jwps.runtime.internal.docs;

import java.util.ArrayList;
import java.util.List;

import org.jwps.api.AllowedValues;
import org.jwps.api.BoundingBoxInput;
import org.jwps.api.BoundingBoxOutput;
import org.jwps.api.ComplexInput;
import org.jwps.api.ComplexOutput;
import org.jwps.api.Format;
import org.jwps.api.InputDescription;
import org.jwps.api.LiteralInput;
import org.jwps.api.LiteralOutput;
import org.jwps.api.OutputDescription;

/**
 * What the documentation says about one input or output, as labelled plain-text facts: the one
 * place that reads the description classes, so HTML and Markdown show the same things. The
 * texts are unescaped; each renderer escapes them for its syntax.
 */
final class Facts {
    /** Marks the default among supported formats, units and CRSs. */
    static final String DEFAULT_MARK = " (default)";

    /**
     * One labelled fact.
     *
     * @param label  what it is, e.g. {@code Allowed values}
     * @param values one value, or several to be shown as a list
     */
    record Fact(String label, List<String> values) {
        Fact {
            values = List.copyOf(values);
        }

        Fact(String label, String value) {
            this(label, List.of(value));
        }
    }

    private Facts() {
    }

    /**
     * @param input an input description
     * @return its type, occurrences, and what its kind adds: default, allowed values and units,
     *         formats, size limit and validation, or CRSs and dimensions
     */
    static List<Fact> of(InputDescription input) {
        List<Fact> facts = new ArrayList<>();
        if (input instanceof LiteralInput literal) {
            facts.add(new Fact("Type", "literal, " + literal.type().xsdName()));
            facts.add(new Fact("Occurrences", occurrences(input.minOccurs(), input.maxOccurs())));
            if (literal.defaultValue() != null) {
                facts.add(new Fact("Default", literal.defaultValue()));
            }
            facts.add(new Fact("Allowed values", allowed(literal.allowedValues())));
            uoms(facts, literal.uoms());
        } else if (input instanceof ComplexInput complex) {
            facts.add(new Fact("Type", "complex data"));
            facts.add(new Fact("Occurrences", occurrences(input.minOccurs(), input.maxOccurs())));
            facts.add(new Fact("Formats", formats(complex.formats())));
            if (complex.maximumMegabytes() != null) {
                facts.add(new Fact("Maximum size", complex.maximumMegabytes() + " MB"));
            }
            facts.add(new Fact("Validation", complex.mode().name()));
        } else {
            BoundingBoxInput box = (BoundingBoxInput) input;
            facts.add(new Fact("Type", "bounding box, " + box.dimensions() + " dimensions"));
            facts.add(new Fact("Occurrences", occurrences(input.minOccurs(), input.maxOccurs())));
            facts.add(new Fact("CRSs", withDefault(box.crss())));
        }
        return facts;
    }

    /**
     * @param output an output description
     * @return its type and what its kind adds: units, formats or CRSs
     */
    static List<Fact> of(OutputDescription output) {
        List<Fact> facts = new ArrayList<>();
        if (output instanceof LiteralOutput literal) {
            facts.add(new Fact("Type", "literal, " + literal.type().xsdName()));
            uoms(facts, literal.uoms());
        } else if (output instanceof ComplexOutput complex) {
            facts.add(new Fact("Type", "complex data"));
            facts.add(new Fact("Formats", formats(complex.formats())));
        } else {
            BoundingBoxOutput box = (BoundingBoxOutput) output;
            facts.add(new Fact("Type", "bounding box, " + box.dimensions() + " dimensions"));
            facts.add(new Fact("CRSs", withDefault(box.crss())));
        }
        return facts;
    }

    /**
     * @param min minOccurs
     * @param max maxOccurs
     * @return e.g. {@code optional (0..1)}, {@code mandatory, 1 to 3 values (1..3)}
     */
    static String occurrences(int min, int max) {
        String range = " (" + min + ".." + max + ")";
        if (min == 0) {
            return (max == 1 ? "optional" : "optional, up to " + max + " values") + range;
        }
        if (min == max) {
            return (max == 1 ? "mandatory" : "mandatory, exactly " + max + " values") + range;
        }
        return "mandatory, " + min + " to " + max + " values" + range;
    }

    private static List<String> allowed(AllowedValues allowed) {
        if (allowed.isAny()) {
            return List.of("any value");
        }
        List<String> values = new ArrayList<>(allowed.values());
        allowed.ranges().forEach(r -> values.add(r.toString()));
        return values;
    }

    private static void uoms(List<Fact> facts, List<String> uoms) {
        if (!uoms.isEmpty()) {
            facts.add(new Fact("Units of measure", withDefault(uoms)));
        }
    }

    private static List<String> formats(List<Format> formats) {
        List<String> texts = new ArrayList<>();
        formats.forEach(f -> texts.add(format(f)));
        return withDefault(texts);
    }

    /**
     * @param format a format
     * @return e.g. {@code application/json; encoding=base64; schema=https://...}
     */
    static String format(Format format) {
        StringBuilder text = new StringBuilder(format.mimeType());
        if (format.encoding() != null && !format.encoding().isEmpty()) {
            text.append("; encoding=").append(format.encoding());
        }
        if (format.schema() != null && !format.schema().isEmpty()) {
            text.append("; schema=").append(format.schema());
        }
        return text.toString();
    }

    /** The first is the default, as in WPS descriptions. */
    private static List<String> withDefault(List<String> values) {
        List<String> marked = new ArrayList<>(values);
        marked.set(0, marked.get(0) + DEFAULT_MARK);
        return marked;
    }

    /** @return {@code yes} or {@code no} */
    static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }
}
