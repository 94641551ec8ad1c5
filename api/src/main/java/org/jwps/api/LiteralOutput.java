package org.jwps.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A literal output: a value of a {@link LiteralType}, with optional units of measure. Immutable. */
public final class LiteralOutput extends OutputDescription {
    private final LiteralType type;
    private final List<String> uoms;

    private LiteralOutput(Builder b) {
        super(b);
        this.type = b.type;
        this.uoms = List.copyOf(b.uoms);
    }

    /**
     * @param identifier the output identifier
     * @param type       the data type
     * @return a builder
     */
    public static Builder builder(String identifier, LiteralType type) {
        return new Builder(identifier, type);
    }

    /** @return the data type */
    public LiteralType type() {
        return type;
    }

    /** @return the supported units of measure, the default first; possibly empty */
    public List<String> uoms() {
        return uoms;
    }

    /** Builds a {@link LiteralOutput}. */
    public static final class Builder extends OutputDescription.Builder<Builder> {
        private final LiteralType type;
        private final List<String> uoms = new ArrayList<>();

        private Builder(String identifier, LiteralType type) {
            super(identifier);
            this.type = Objects.requireNonNull(type, "type");
        }

        @Override
        protected Builder self() {
            return this;
        }

        /** @param uoms units of measure to add; the first ever added is the default @return this builder */
        public Builder uoms(String... uoms) {
            this.uoms.addAll(List.of(uoms));
            return this;
        }

        @Override
        public LiteralOutput build() {
            return new LiteralOutput(this);
        }
    }
}
