package org.jwps.runtime.internal.execute;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jwps.api.BoundingBox;
import org.jwps.api.BoundingBoxInput;
import org.jwps.api.ComplexInput;
import org.jwps.api.Format;
import org.jwps.api.InputData;
import org.jwps.api.InputDescription;
import org.jwps.api.LiteralInput;
import org.jwps.api.ProcessDescription;
import org.jwps.api.exception.InvalidParameterValueException;
import org.jwps.api.exception.MissingParameterValueException;
import org.jwps.runtime.internal.protocol.InputValue;
import org.jwps.runtime.internal.protocol.XmlRequestParser;
import org.jwps.runtime.internal.reference.ReferenceFetcher;

/**
 * Checks the input values of an Execute request against the process description and turns them
 * into the data handles the process reads: occurrences, literal types, allowed values, UOMs,
 * formats, CRSs and dimensions. Every failure names the input in its locator.
 */
final class InputBinder {
    private InputBinder() {
    }

    private static final XmlRequestParser XML = new XmlRequestParser();

    static Map<String, List<InputData>> bind(ProcessDescription description, List<InputValue> values,
                                             WorkDirectory workDirectory, InputLimits limits) {
        Map<String, List<InputValue>> given = new LinkedHashMap<>();
        for (InputValue value : values) {
            if (description.input(value.identifier()).isEmpty()) {
                throw new InvalidParameterValueException("Process " + description.identifier() + " has no input '"
                        + value.identifier() + "'", value.identifier());
            }
            given.computeIfAbsent(value.identifier(), k -> new ArrayList<>()).add(value);
        }
        Map<String, List<InputData>> bound = new LinkedHashMap<>();
        for (InputDescription input : description.inputs()) {
            List<InputValue> occurrences = given.getOrDefault(input.identifier(), List.of());
            List<InputData> data = new ArrayList<>(occurrences.size());
            for (InputValue value : occurrences) {
                data.add(bindOne(input, value, workDirectory, limits));
            }
            if (data.isEmpty() && input instanceof LiteralInput literal && literal.defaultValue() != null) {
                data.add(literal(literal, literal.defaultValue(), null, workDirectory));
            }
            if (data.size() < input.minOccurs()) {
                throw new MissingParameterValueException("Input " + input.identifier() + " needs "
                        + (input.minOccurs() == 1 ? "a value" : "at least " + input.minOccurs() + " values")
                        + ", got " + data.size(), input.identifier());
            }
            if (data.size() > input.maxOccurs()) {
                throw new InvalidParameterValueException("Input " + input.identifier() + " takes at most "
                        + input.maxOccurs() + " value" + (input.maxOccurs() == 1 ? "" : "s") + ", got " + data.size(),
                        input.identifier());
            }
            if (!data.isEmpty()) {
                bound.put(input.identifier(), List.copyOf(data));
            }
        }
        return bound;
    }

    private static InputData bindOne(InputDescription input, InputValue given, WorkDirectory workDirectory,
                                     InputLimits limits) {
        String id = input.identifier();
        InputValue value = given.resolve();
        if (value instanceof InputValue.Reference reference) {
            return reference(input, reference, workDirectory, limits);
        }
        if (input instanceof LiteralInput literal) {
            if (value instanceof InputValue.Literal l) {
                return literal(literal, l.value(), l.uom(), workDirectory);
            }
            if (value instanceof InputValue.Kvp k) {
                return literal(literal, k.text(), k.attribute("uom"), workDirectory);
            }
            throw wrongKind(id, "LiteralData");
        }
        if (input instanceof ComplexInput complex) {
            if (value instanceof InputValue.Complex c) {
                return complex(complex, c.content(), c.mimeType(), c.encoding(), c.schema(), workDirectory,
                        limits.limitFor(input));
            }
            if (value instanceof InputValue.Kvp k) {
                return complex(complex, k.text(), k.attribute("mimeType"), k.attribute("encoding"),
                        k.attribute("schema"), workDirectory, limits.limitFor(input));
            }
            throw wrongKind(id, "ComplexData");
        }
        BoundingBoxInput bbox = (BoundingBoxInput) input;
        if (value instanceof InputValue.BoundingBox b) {
            return boundingBox(bbox, b.crs(), b.dimensions(), b.lowerCorner(), b.upperCorner(), workDirectory);
        }
        if (value instanceof InputValue.Kvp k) {
            return kvpBoundingBox(bbox, k.text(), workDirectory);
        }
        throw wrongKind(id, "BoundingBoxData");
    }

    /**
     * Complex data by reference is fetched lazily, when the process reads it; literal and
     * bounding box values are small and needed now, to be checked like inline ones.
     */
    private static InputData reference(InputDescription input, InputValue.Reference reference,
                                       WorkDirectory workDirectory, InputLimits limits) {
        long limit = limits.limitFor(input);
        if (input instanceof ComplexInput complex) {
            return new ReferenceInputData(reference, format(complex, reference.mimeType(), reference.encoding(),
                    reference.schema()), isBase64(reference.encoding()), limits.fetcher(), limit, workDirectory);
        }
        byte[] content;
        try (InputStream in = limits.fetcher().open(reference, limit)) {
            content = in.readAllBytes();
        } catch (IOException e) {
            throw ReferenceFetcher.unreachable(reference, e);
        }
        if (input instanceof LiteralInput literal) {
            return literal(literal, new String(content, StandardCharsets.UTF_8).strip(), null, workDirectory);
        }
        BoundingBoxInput bbox = (BoundingBoxInput) input;
        String text = new String(content, StandardCharsets.UTF_8).strip();
        if (text.startsWith("<")) {
            InputValue.BoundingBox b = XML.parseBoundingBox(new ByteArrayInputStream(content), input.identifier());
            return boundingBox(bbox, b.crs(), b.dimensions(), b.lowerCorner(), b.upperCorner(), workDirectory);
        }
        return kvpBoundingBox(bbox, text, workDirectory);
    }

    private static InvalidParameterValueException wrongKind(String id, String expected) {
        return new InvalidParameterValueException("Input " + id + " takes " + expected, id);
    }

    private static InputData literal(LiteralInput input, String text, String uom, WorkDirectory workDirectory) {
        String id = input.identifier();
        Object value;
        try {
            value = input.type().parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterValueException("Input " + id + ": " + e.getMessage(), id);
        }
        if (!input.allowedValues().allows(input.type(), value)) {
            throw new InvalidParameterValueException("Input " + id + ": '" + text.strip() + "' is not allowed; allowed: "
                    + input.allowedValues(), id);
        }
        String unit = uom;
        if (unit == null || unit.isEmpty()) {
            unit = input.uoms().isEmpty() ? null : input.uoms().get(0);
        } else if (!input.uoms().contains(unit)) {
            throw new InvalidParameterValueException("Input " + id + ": unit '" + unit + "' is not supported; "
                    + (input.uoms().isEmpty() ? "the input has no unit" : "use one of " + input.uoms()), id);
        }
        return new LiteralInputData(id, text, value, unit, workDirectory);
    }

    private static InputData complex(ComplexInput input, String content, String mimeType, String encoding,
                                     String schema, WorkDirectory workDirectory, long limit) {
        if (content.length() > limit) {
            throw ReferenceFetcher.tooLarge(input.identifier(), limit);
        }
        boolean base64 = isBase64(encoding);
        Format format = format(input, mimeType, encoding, schema);
        return new ComplexInputData(input.identifier(), format, content, base64, workDirectory);
    }

    private static boolean isBase64(String encoding) {
        return encoding != null && encoding.equalsIgnoreCase("base64");
    }

    /**
     * The supported format a complex value is in. base64 only carries the bytes, so a value so
     * encoded is matched on mime type and schema.
     */
    private static Format format(ComplexInput input, String mimeType, String encoding, String schema) {
        return Formats.select(input.formats(), mimeType, isBase64(encoding) ? null : encoding, schema,
                input.identifier());
    }

    private static InputData boundingBox(BoundingBoxInput input, String crs, Integer dimensions, double[] lower,
                                         double[] upper, WorkDirectory workDirectory) {
        String id = input.identifier();
        String selected = crs == null || crs.isBlank() ? input.crss().get(0) : crs.strip();
        if (!input.crss().contains(selected)) {
            throw new InvalidParameterValueException("Input " + id + ": CRS '" + selected + "' is not supported; use one of "
                    + input.crss(), id);
        }
        int dims = dimensions == null ? lower.length : dimensions;
        if (lower.length != upper.length || lower.length != dims || dims != input.dimensions()) {
            throw new InvalidParameterValueException("Input " + id + " is a " + input.dimensions()
                    + "-dimensional bounding box: give " + input.dimensions() + " coordinates in each corner", id);
        }
        for (int i = 0; i < lower.length; i++) {
            if (lower[i] > upper[i]) {
                throw new InvalidParameterValueException("Input " + id + ": the lower corner lies above the upper corner "
                        + "on axis " + (i + 1), id);
            }
        }
        return new BoundingBoxInputData(id, new BoundingBox(selected, lower, upper), workDirectory);
    }

    /** KVP form: {@code minx,miny[,minz],maxx,maxy[,maxz][,crs[,dimensions]]}. */
    private static InputData kvpBoundingBox(BoundingBoxInput input, String text, WorkDirectory workDirectory) {
        String id = input.identifier();
        String[] parts = text.split(",");
        List<Double> numbers = new ArrayList<>();
        int i = 0;
        for (; i < parts.length; i++) {
            try {
                numbers.add(Double.valueOf(parts[i].strip()));
            } catch (NumberFormatException e) {
                break;
            }
        }
        String crs = i < parts.length ? parts[i++].strip() : null;
        Integer dimensions = null;
        if (i < parts.length) {
            try {
                dimensions = Integer.valueOf(parts[i].strip().toLowerCase(Locale.ROOT));
            } catch (NumberFormatException e) {
                throw new InvalidParameterValueException("Input " + id + ": '" + parts[i] + "' is not a number of "
                        + "dimensions", id);
            }
        }
        if (numbers.isEmpty() || numbers.size() % 2 != 0) {
            throw new InvalidParameterValueException("Input " + id + ": a bounding box is written minx,miny,maxx,maxy"
                    + "[,crs], not '" + text + "'", id);
        }
        int half = numbers.size() / 2;
        double[] lower = numbers.subList(0, half).stream().mapToDouble(Double::doubleValue).toArray();
        double[] upper = numbers.subList(half, numbers.size()).stream().mapToDouble(Double::doubleValue).toArray();
        return boundingBox(input, crs, dimensions, lower, upper, workDirectory);
    }
}
