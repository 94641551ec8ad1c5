package org.jwps.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A complex input: data in one of the supported {@link Format}s, checked with a
 * {@link ValidationMode}. Immutable.
 */
public final class ComplexInput extends InputDescription {
    private final List<Format> formats;
    private final ValidationMode mode;
    private final Integer maximumMegabytes;

    private ComplexInput(Builder b) {
        super(b);
        if (b.formats.isEmpty()) {
            throw new IllegalArgumentException("input '" + identifier() + "' needs at least one format");
        }
        this.formats = List.copyOf(b.formats);
        this.mode = b.mode;
        this.maximumMegabytes = b.maximumMegabytes;
    }

    /**
     * @param identifier the input identifier
     * @param formats    the supported formats, the default first
     * @return a builder for a mandatory input that occurs once, validated with mode NONE
     */
    public static Builder builder(String identifier, Format... formats) {
        return new Builder(identifier).formats(formats);
    }

    /** @return the supported formats, the default first */
    public List<Format> formats() {
        return formats;
    }

    /** @return the default format: the first supported one */
    public Format defaultFormat() {
        return formats.get(0);
    }

    /** @return how strictly the data is checked */
    public ValidationMode mode() {
        return mode;
    }

    /** @return the largest accepted size in megabytes, or {@code null} for the server's limit */
    public Integer maximumMegabytes() {
        return maximumMegabytes;
    }

    /** Builds a {@link ComplexInput}. */
    public static final class Builder extends InputDescription.Builder<Builder> {
        private final List<Format> formats = new ArrayList<>();
        private ValidationMode mode = ValidationMode.NONE;
        private Integer maximumMegabytes;

        private Builder(String identifier) {
            super(identifier);
        }

        @Override
        protected Builder self() {
            return this;
        }

        /** @param formats formats to add; the first ever added is the default @return this builder */
        public Builder formats(Format... formats) {
            this.formats.addAll(List.of(formats));
            return this;
        }

        /** @param mode how strictly to check the data (default NONE) @return this builder */
        public Builder mode(ValidationMode mode) {
            this.mode = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /** @param megabytes the largest accepted size @return this builder */
        public Builder maximumMegabytes(int megabytes) {
            this.maximumMegabytes = megabytes;
            return this;
        }

        @Override
        public ComplexInput build() {
            return new ComplexInput(this);
        }
    }
}
