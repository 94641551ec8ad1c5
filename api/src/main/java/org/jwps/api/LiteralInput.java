package org.jwps.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A literal input: a value of a {@link LiteralType}, optionally restricted by
 * {@link AllowedValues}, with an optional default and units of measure. Immutable.
 */
public final class LiteralInput extends InputDescription {
    private final LiteralType type;
    private final AllowedValues allowedValues;
    private final String defaultValue;
    private final List<String> uoms;

    private LiteralInput(Builder b) {
        super(b);
        this.type = b.type;
        this.allowedValues = b.allowedValues;
        this.defaultValue = b.defaultValue;
        this.uoms = List.copyOf(b.uoms);
        for (String value : allowedValues.values()) {
            check(value, "allowed value");
        }
        if (defaultValue != null) {
            check(defaultValue, "default");
            if (!allowedValues.allows(type, type.parse(defaultValue))) {
                throw new IllegalArgumentException("input '" + identifier() + "': default '" + defaultValue
                        + "' is not among its allowed values " + allowedValues);
            }
        }
    }

    private void check(String value, String what) {
        try {
            type.parse(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("input '" + identifier() + "': " + what + " " + e.getMessage(), e);
        }
    }

    /**
     * @param identifier the input identifier
     * @param type       the data type
     * @return a builder for a mandatory input that occurs once and accepts any value
     */
    public static Builder builder(String identifier, LiteralType type) {
        return new Builder(identifier, type);
    }

    /** @return the data type */
    public LiteralType type() {
        return type;
    }

    /** @return the accepted values */
    public AllowedValues allowedValues() {
        return allowedValues;
    }

    /** @return the value used when the request gives none, or {@code null} */
    public String defaultValue() {
        return defaultValue;
    }

    /** @return the supported units of measure, the default first; empty when the value has no unit */
    public List<String> uoms() {
        return uoms;
    }

    /** Builds a {@link LiteralInput}. */
    public static final class Builder extends InputDescription.Builder<Builder> {
        private final LiteralType type;
        private AllowedValues allowedValues = AllowedValues.any();
        private String defaultValue;
        private final List<String> uoms = new ArrayList<>();

        private Builder(String identifier, LiteralType type) {
            super(identifier);
            this.type = Objects.requireNonNull(type, "type");
        }

        @Override
        protected Builder self() {
            return this;
        }

        /** @param allowedValues the accepted values @return this builder */
        public Builder allowedValues(AllowedValues allowedValues) {
            this.allowedValues = Objects.requireNonNull(allowedValues, "allowedValues");
            return this;
        }

        /** @param defaultValue the value used when the request gives none @return this builder */
        public Builder defaultValue(String defaultValue) {
            this.defaultValue = defaultValue;
            return this;
        }

        /** @param uoms units of measure to add; the first ever added is the default @return this builder */
        public Builder uoms(String... uoms) {
            this.uoms.addAll(List.of(uoms));
            return this;
        }

        @Override
        public LiteralInput build() {
            return new LiteralInput(this);
        }
    }
}
