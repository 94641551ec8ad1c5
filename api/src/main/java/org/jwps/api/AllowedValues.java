package org.jwps.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The values a literal input accepts: any value, or a list of discrete values and ranges
 * ({@code ows:AnyValue} / {@code ows:AllowedValues}). Immutable.
 */
public final class AllowedValues {
    private static final AllowedValues ANY = new AllowedValues(List.of(), List.of());

    private final List<String> values;
    private final List<Range> ranges;

    private AllowedValues(List<String> values, List<Range> ranges) {
        this.values = List.copyOf(values);
        this.ranges = List.copyOf(ranges);
    }

    /** @return the allowed values accepting anything of the input's type */
    public static AllowedValues any() {
        return ANY;
    }

    /**
     * @param values the discrete values, written as a client writes them
     * @return allowed values accepting exactly these
     */
    public static AllowedValues of(String... values) {
        requireSome(values.length);
        return new AllowedValues(List.of(values), List.of());
    }

    /**
     * @param ranges the ranges
     * @return allowed values accepting any number in one of the ranges
     */
    public static AllowedValues of(Range... ranges) {
        requireSome(ranges.length);
        return new AllowedValues(List.of(), List.of(ranges));
    }

    /**
     * @param values discrete values
     * @param ranges ranges
     * @return allowed values accepting a value equal to one of the values or inside one of the ranges
     */
    public static AllowedValues of(List<String> values, List<Range> ranges) {
        requireSome(values.size() + ranges.size());
        return new AllowedValues(new ArrayList<>(values), new ArrayList<>(ranges));
    }

    private static void requireSome(int count) {
        if (count == 0) {
            throw new IllegalArgumentException("allowed values need at least one value or range; use any()");
        }
    }

    /** @return true when any value of the type is accepted */
    public boolean isAny() {
        return values.isEmpty() && ranges.isEmpty();
    }

    /** @return the discrete values, as declared */
    public List<String> values() {
        return values;
    }

    /** @return the ranges */
    public List<Range> ranges() {
        return ranges;
    }

    /**
     * @param type  the literal type the values are of
     * @param value a value already converted by {@link LiteralType#parse}
     * @return true when the value is accepted
     */
    public boolean allows(LiteralType type, Object value) {
        if (isAny()) {
            return true;
        }
        for (String allowed : values) {
            if (Objects.equals(type.parse(allowed), value)) {
                return true;
            }
        }
        if (value instanceof Number) {
            double number = ((Number) value).doubleValue();
            for (Range range : ranges) {
                if (range.contains(number)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public String toString() {
        if (isAny()) {
            return "any value";
        }
        List<String> parts = new ArrayList<>(values);
        ranges.forEach(r -> parts.add(r.toString()));
        return String.join(", ", parts);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AllowedValues && ((AllowedValues) o).values.equals(values)
                && ((AllowedValues) o).ranges.equals(ranges);
    }

    @Override
    public int hashCode() {
        return Objects.hash(values, ranges);
    }
}
