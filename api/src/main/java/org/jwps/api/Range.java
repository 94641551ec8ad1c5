package org.jwps.api;

import java.util.Locale;
import java.util.Objects;

/**
 * A range of allowed literal values ({@code ows:Range}): minimum, maximum, optional spacing and
 * which ends are included.
 *
 * @param minimum the lower end, or {@code null} for none
 * @param maximum the upper end, or {@code null} for none
 * @param spacing the distance between allowed values, counted from the minimum, or {@code null}
 * @param closure which ends belong to the range
 */
public record Range(Double minimum, Double maximum, Double spacing, Closure closure) {

    /** Which ends of a range belong to it, named as in {@code ows:rangeClosure}. */
    public enum Closure {
        CLOSED("closed"), OPEN("open"), OPEN_CLOSED("open-closed"), CLOSED_OPEN("closed-open");

        private final String owsName;

        Closure(String owsName) {
            this.owsName = owsName;
        }

        /** @return the value of the {@code ows:rangeClosure} attribute */
        public String owsName() {
            return owsName;
        }

        boolean includesMinimum() {
            return this == CLOSED || this == CLOSED_OPEN;
        }

        boolean includesMaximum() {
            return this == CLOSED || this == OPEN_CLOSED;
        }
    }

    /** @throws IllegalArgumentException if minimum is above maximum or spacing is not positive */
    public Range {
        Objects.requireNonNull(closure, "closure");
        if (minimum != null && maximum != null && minimum > maximum) {
            throw new IllegalArgumentException("range minimum " + minimum + " is above its maximum " + maximum);
        }
        if (spacing != null && !(spacing > 0)) {
            throw new IllegalArgumentException("range spacing must be positive, not " + spacing);
        }
    }

    /** @return the range [min, max], both ends included */
    public static Range closed(double min, double max) {
        return new Range(min, max, null, Closure.CLOSED);
    }

    /** @return the range (min, max), both ends excluded */
    public static Range open(double min, double max) {
        return new Range(min, max, null, Closure.OPEN);
    }

    /** @return the range [min, max) */
    public static Range closedOpen(double min, double max) {
        return new Range(min, max, null, Closure.CLOSED_OPEN);
    }

    /** @return the range (min, max] */
    public static Range openClosed(double min, double max) {
        return new Range(min, max, null, Closure.OPEN_CLOSED);
    }

    /** @param spacing the distance between allowed values @return a copy with this spacing */
    public Range withSpacing(double spacing) {
        return new Range(minimum, maximum, spacing, closure);
    }

    /**
     * @param value a number
     * @return true when the value lies in the range and, if a spacing is set, on a step of it
     */
    public boolean contains(double value) {
        if (Double.isNaN(value)) {
            return false;
        }
        if (minimum != null && (value < minimum || (value == minimum && !closure.includesMinimum()))) {
            return false;
        }
        if (maximum != null && (value > maximum || (value == maximum && !closure.includesMaximum()))) {
            return false;
        }
        if (spacing != null) {
            double steps = (value - (minimum == null ? 0 : minimum)) / spacing;
            return Math.abs(steps - Math.rint(steps)) < 1e-9;
        }
        return true;
    }

    @Override
    public String toString() {
        String open = closure.includesMinimum() ? "[" : "(";
        String close = closure.includesMaximum() ? "]" : ")";
        String s = open + format(minimum) + ", " + format(maximum) + close;
        return spacing == null ? s : s + " spacing " + format(spacing);
    }

    /**
     * @param number a bound or spacing
     * @return the number as written in a description: integers without a fraction
     */
    public static String format(Double number) {
        if (number == null) {
            return "";
        }
        if (number == Math.rint(number) && !Double.isInfinite(number) && Math.abs(number) < 1e15) {
            return String.format(Locale.ROOT, "%d", number.longValue());
        }
        return number.toString();
    }
}
