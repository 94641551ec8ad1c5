package org.jwps.api;

/**
 * The description of a process input, with how often it may occur. Subclasses add what their
 * kind of data needs: {@link LiteralInput}, {@link ComplexInput}, {@link BoundingBoxInput}.
 */
public abstract class InputDescription extends Description {
    private final int minOccurs;
    private final int maxOccurs;

    /** @param builder the builder holding the values */
    protected InputDescription(Builder<?> builder) {
        super(builder);
        if (builder.minOccurs < 0 || builder.maxOccurs < 1 || builder.minOccurs > builder.maxOccurs) {
            throw new IllegalArgumentException("input '" + identifier() + "': occurrences must satisfy "
                    + "0 <= minOccurs <= maxOccurs and maxOccurs >= 1, not " + builder.minOccurs + ".." + builder.maxOccurs);
        }
        this.minOccurs = builder.minOccurs;
        this.maxOccurs = builder.maxOccurs;
    }

    /** @return the least number of values a request must give; 0 makes the input optional */
    public int minOccurs() {
        return minOccurs;
    }

    /** @return the greatest number of values a request may give */
    public int maxOccurs() {
        return maxOccurs;
    }

    /**
     * The builder part every input shares.
     *
     * @param <B> the concrete builder
     */
    public abstract static class Builder<B extends Builder<B>> extends Description.Builder<B> {
        private int minOccurs = 1;
        private int maxOccurs = 1;

        /** @param identifier the input identifier */
        protected Builder(String identifier) {
            super(identifier);
        }

        /** @param minOccurs the least number of values (default 1) @return this builder */
        public B minOccurs(int minOccurs) {
            this.minOccurs = minOccurs;
            return self();
        }

        /** @param maxOccurs the greatest number of values (default 1) @return this builder */
        public B maxOccurs(int maxOccurs) {
            this.maxOccurs = maxOccurs;
            return self();
        }

        /** @param min least @param max greatest number of values @return this builder */
        public B occurs(int min, int max) {
            return minOccurs(min).maxOccurs(max);
        }

        /** @return the immutable description */
        public abstract InputDescription build();
    }
}
