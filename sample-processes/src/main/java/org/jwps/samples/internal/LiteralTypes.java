package org.jwps.samples.internal;

import java.util.List;
import java.util.StringJoiner;

import org.jwps.api.AllowedValues;
import org.jwps.api.InputData;
import org.jwps.api.InputDescription;
import org.jwps.api.LiteralInput;
import org.jwps.api.LiteralOutput;
import org.jwps.api.LiteralType;
import org.jwps.api.Process;
import org.jwps.api.ProcessDescription;
import org.jwps.api.ProcessRequest;
import org.jwps.api.ProcessResponse;
import org.jwps.api.Range;
import org.osgi.service.component.annotations.Component;

/**
 * Shows what the server does with literal inputs before a process sees them: type conversion,
 * allowed values, ranges (closed, open, stepped), defaults, units and repeated values. Returns
 * every input it received as a JSON object.
 */
@Component(service = Process.class)
public class LiteralTypes implements Process {
    private static final ProcessDescription DESCRIPTION = ProcessDescription.builder("literal_types")
            .title("Literal data types")
            .abstractText("Echoes its literal inputs as JSON after type conversion and defaults: try "
                    + "allowed values, closed, open and stepped ranges, units and repeated values")
            .version("1.0")
            .input(LiteralInput.builder("int_choice", LiteralType.INTEGER).title("Integer choice")
                    .abstractText("One of 1, 2, 3, 5, 8 (default 1)").occurs(0, 1).defaultValue("1")
                    .allowedValues(AllowedValues.of("1", "2", "3", "5", "8")).build())
            .input(LiteralInput.builder("float_range", LiteralType.FLOAT).title("Float in a closed range")
                    .abstractText("From 0 to 100, both included (default 50)").occurs(0, 1).defaultValue("50")
                    .allowedValues(AllowedValues.of(Range.closed(0, 100))).build())
            .input(LiteralInput.builder("open_range", LiteralType.FLOAT).title("Float in an open range")
                    .abstractText("Strictly between 0 and 1").occurs(0, 1)
                    .allowedValues(AllowedValues.of(Range.open(0, 1))).build())
            .input(LiteralInput.builder("stepped", LiteralType.INTEGER).title("Stepped integer")
                    .abstractText("0 to 100 in steps of 10").occurs(0, 1)
                    .allowedValues(AllowedValues.of(Range.closed(0, 100).withSpacing(10))).build())
            .input(LiteralInput.builder("colour", LiteralType.STRING).title("Colour")
                    .abstractText("red, green or blue").allowedValues(AllowedValues.of("red", "green", "blue")).build())
            .input(LiteralInput.builder("flag", LiteralType.BOOLEAN).title("Flag")
                    .abstractText("true or false (default false)").occurs(0, 1).defaultValue("false").build())
            .input(LiteralInput.builder("day", LiteralType.DATE).title("Day")
                    .abstractText("A date such as 2026-11-25").occurs(0, 1).build())
            .input(LiteralInput.builder("length", LiteralType.FLOAT).title("Length")
                    .abstractText("A length in metre (default unit) or foot").occurs(0, 1).uoms("metre", "foot").build())
            .input(LiteralInput.builder("many", LiteralType.INTEGER).title("Many integers")
                    .abstractText("Up to three integers").occurs(0, 3).build())
            .output(LiteralOutput.builder("summary", LiteralType.STRING).title("Summary")
                    .abstractText("A JSON object of every input received, after conversion and defaults").build())
            .storeSupported(true)
            .statusSupported(true)
            .build();

    @Override
    public ProcessDescription description() {
        return DESCRIPTION;
    }

    @Override
    public void execute(ProcessRequest request, ProcessResponse response) {
        StringJoiner json = new StringJoiner(",", "{", "}");
        for (InputDescription input : DESCRIPTION.inputs()) {
            List<InputData> values = request.inputs(input.identifier());
            if (values.isEmpty()) {
                continue;
            }
            String value;
            if (input.maxOccurs() > 1) {
                StringJoiner array = new StringJoiner(",", "[", "]");
                values.forEach(v -> array.add(json(v.data())));
                value = array.toString();
            } else if (input.identifier().equals("length")) {
                value = "{\"value\":" + json(values.get(0).data()) + ",\"uom\":" + json(values.get(0).uom()) + "}";
            } else {
                value = json(values.get(0).data());
            }
            json.add(json(input.identifier()) + ":" + value);
        }
        response.output("summary").setData(json.toString());
    }

    /** JSON for the Java values literal inputs convert to: numbers and booleans bare, the rest as strings. */
    static String json(Object value) {
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : String.valueOf(value).toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
