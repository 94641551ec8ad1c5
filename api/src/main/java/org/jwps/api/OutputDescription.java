package org.jwps.api;

/**
 * The description of a process output. Subclasses add what their kind of data needs:
 * {@link LiteralOutput}, {@link ComplexOutput}, {@link BoundingBoxOutput}.
 */
public abstract class OutputDescription extends Description {

    /** @param builder the builder holding the values */
    protected OutputDescription(Builder<?> builder) {
        super(builder);
    }

    /**
     * The builder part every output shares.
     *
     * @param <B> the concrete builder
     */
    public abstract static class Builder<B extends Builder<B>> extends Description.Builder<B> {
        /** @param identifier the output identifier */
        protected Builder(String identifier) {
            super(identifier);
        }

        /** @return the immutable description */
        public abstract OutputDescription build();
    }
}
