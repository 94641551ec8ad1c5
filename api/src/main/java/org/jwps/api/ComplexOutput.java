package org.jwps.api;

import java.util.ArrayList;
import java.util.List;

/** A complex output: data in one of the supported {@link Format}s, chosen by the client. Immutable. */
public final class ComplexOutput extends OutputDescription {
    private final List<Format> formats;

    private ComplexOutput(Builder b) {
        super(b);
        if (b.formats.isEmpty()) {
            throw new IllegalArgumentException("output '" + identifier() + "' needs at least one format");
        }
        this.formats = List.copyOf(b.formats);
    }

    /**
     * @param identifier the output identifier
     * @param formats    the supported formats, the default first
     * @return a builder
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

    /** Builds a {@link ComplexOutput}. */
    public static final class Builder extends OutputDescription.Builder<Builder> {
        private final List<Format> formats = new ArrayList<>();

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

        @Override
        public ComplexOutput build() {
            return new ComplexOutput(this);
        }
    }
}
