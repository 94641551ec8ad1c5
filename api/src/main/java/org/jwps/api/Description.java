package org.jwps.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What processes, inputs and outputs share: identifier, title, abstract, keywords and metadata
 * links. Immutable.
 */
public abstract class Description {
    private final String identifier;
    private final String title;
    private final String abstractText;
    private final List<String> keywords;
    private final List<Metadata> metadata;

    /** @param builder the builder holding the values */
    protected Description(Builder<?> builder) {
        this.identifier = builder.identifier;
        this.title = builder.title == null ? builder.identifier : builder.title;
        this.abstractText = builder.abstractText;
        this.keywords = List.copyOf(builder.keywords);
        this.metadata = List.copyOf(builder.metadata);
    }

    /** @return the identifier clients use */
    public String identifier() {
        return identifier;
    }

    /** @return the title shown to users; the identifier when none was given */
    public String title() {
        return title;
    }

    /** @return the abstract, or {@code null} */
    public String abstractText() {
        return abstractText;
    }

    /** @return the keywords, possibly empty */
    public List<String> keywords() {
        return keywords;
    }

    /** @return the metadata links, possibly empty */
    public List<Metadata> metadata() {
        return metadata;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + identifier + "]";
    }

    /**
     * The builder part every description shares.
     *
     * @param <B> the concrete builder, returned by every setter
     */
    public abstract static class Builder<B extends Builder<B>> {
        private final String identifier;
        private String title;
        private String abstractText;
        private final List<String> keywords = new ArrayList<>();
        private final List<Metadata> metadata = new ArrayList<>();

        /**
         * @param identifier the identifier
         * @throws IllegalArgumentException if the identifier is blank or contains white space
         */
        protected Builder(String identifier) {
            Objects.requireNonNull(identifier, "identifier");
            if (identifier.isBlank() || identifier.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("an identifier must be non-empty and without white space: '"
                        + identifier + "'");
            }
            this.identifier = identifier;
        }

        /** @return this builder, typed */
        protected abstract B self();

        /** @param title the title shown to users @return this builder */
        public B title(String title) {
            this.title = title;
            return self();
        }

        /** @param abstractText a description of what it is for @return this builder */
        public B abstractText(String abstractText) {
            this.abstractText = abstractText;
            return self();
        }

        /** @param keywords keywords to add @return this builder */
        public B keywords(String... keywords) {
            this.keywords.addAll(List.of(keywords));
            return self();
        }

        /** @param link a metadata link to add @return this builder */
        public B metadata(Metadata link) {
            this.metadata.add(Objects.requireNonNull(link, "link"));
            return self();
        }
    }
}
