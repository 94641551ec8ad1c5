package org.jwps.api;

import java.util.ArrayList;
import java.util.List;

/** A bounding box output in one of the supported CRSs. Immutable. */
public final class BoundingBoxOutput extends OutputDescription {
    private final List<String> crss;
    private final int dimensions;

    private BoundingBoxOutput(Builder b) {
        super(b);
        this.crss = BoundingBoxes.checkCrss(identifier(), b.crss);
        this.dimensions = BoundingBoxes.checkDimensions(identifier(), b.dimensions);
    }

    /**
     * @param identifier the output identifier
     * @param crss       the supported CRSs, the default first
     * @return a builder for a two-dimensional output
     */
    public static Builder builder(String identifier, String... crss) {
        return new Builder(identifier).crss(crss);
    }

    /** @return the supported CRSs, the default first */
    public List<String> crss() {
        return crss;
    }

    /** @return the number of dimensions, 2 or 3 */
    public int dimensions() {
        return dimensions;
    }

    /** Builds a {@link BoundingBoxOutput}. */
    public static final class Builder extends OutputDescription.Builder<Builder> {
        private final List<String> crss = new ArrayList<>();
        private int dimensions = 2;

        private Builder(String identifier) {
            super(identifier);
        }

        @Override
        protected Builder self() {
            return this;
        }

        /** @param crss CRSs to add; the first ever added is the default @return this builder */
        public Builder crss(String... crss) {
            this.crss.addAll(List.of(crss));
            return this;
        }

        /** @param dimensions 2 (default) or 3 @return this builder */
        public Builder dimensions(int dimensions) {
            this.dimensions = dimensions;
            return this;
        }

        @Override
        public BoundingBoxOutput build() {
            return new BoundingBoxOutput(this);
        }
    }
}
