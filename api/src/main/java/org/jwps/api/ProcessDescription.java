package org.jwps.api;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The immutable description of a process: what GetCapabilities and DescribeProcess show, and
 * what the server checks requests against.
 */
public final class ProcessDescription extends Description {
    private final String version;
    private final List<String> profiles;
    private final boolean storeSupported;
    private final boolean statusSupported;
    private final List<InputDescription> inputs;
    private final List<OutputDescription> outputs;

    private ProcessDescription(Builder b) {
        super(b);
        this.version = b.version;
        this.profiles = List.copyOf(b.profiles);
        this.storeSupported = b.storeSupported;
        this.statusSupported = b.statusSupported;
        this.inputs = List.copyOf(b.inputs);
        this.outputs = List.copyOf(b.outputs);
        if (outputs.isEmpty()) {
            throw new IllegalArgumentException("process '" + identifier() + "' needs at least one output");
        }
        requireUnique("input", inputs);
        requireUnique("output", outputs);
    }

    private void requireUnique(String kind, List<? extends Description> descriptions) {
        Set<String> seen = new HashSet<>();
        for (Description d : descriptions) {
            if (!seen.add(d.identifier())) {
                throw new IllegalArgumentException("process '" + identifier() + "' has two " + kind + "s named '"
                        + d.identifier() + "'");
            }
        }
    }

    /**
     * @param identifier the process identifier clients use
     * @return a builder; version defaults to {@code 1.0}, store and status to unsupported
     */
    public static Builder builder(String identifier) {
        return new Builder(identifier);
    }

    /** @return the process version */
    public String version() {
        return version;
    }

    /** @return the WPS application profile URNs, possibly empty */
    public List<String> profiles() {
        return profiles;
    }

    /** @return true when the process may store its response ({@code storeExecuteResponse}) */
    public boolean storeSupported() {
        return storeSupported;
    }

    /** @return true when the process may run asynchronously with status updates */
    public boolean statusSupported() {
        return statusSupported;
    }

    /** @return the inputs, in declaration order */
    public List<InputDescription> inputs() {
        return inputs;
    }

    /** @return the outputs, in declaration order */
    public List<OutputDescription> outputs() {
        return outputs;
    }

    /** @param identifier an input identifier @return the input of that identifier, if any */
    public Optional<InputDescription> input(String identifier) {
        return inputs.stream().filter(i -> i.identifier().equals(identifier)).findFirst();
    }

    /** @param identifier an output identifier @return the output of that identifier, if any */
    public Optional<OutputDescription> output(String identifier) {
        return outputs.stream().filter(o -> o.identifier().equals(identifier)).findFirst();
    }

    /** Builds a {@link ProcessDescription}. */
    public static final class Builder extends Description.Builder<Builder> {
        private String version = "1.0";
        private final List<String> profiles = new ArrayList<>();
        private boolean storeSupported;
        private boolean statusSupported;
        private final List<InputDescription> inputs = new ArrayList<>();
        private final List<OutputDescription> outputs = new ArrayList<>();

        private Builder(String identifier) {
            super(identifier);
        }

        @Override
        protected Builder self() {
            return this;
        }

        /** @param version the process version @return this builder */
        public Builder version(String version) {
            this.version = Objects.requireNonNull(version, "version");
            return this;
        }

        /** @param profile a WPS application profile URN to add @return this builder */
        public Builder profile(String profile) {
            this.profiles.add(Objects.requireNonNull(profile, "profile"));
            return this;
        }

        /** @param supported whether the response may be stored @return this builder */
        public Builder storeSupported(boolean supported) {
            this.storeSupported = supported;
            return this;
        }

        /** @param supported whether the process may run asynchronously @return this builder */
        public Builder statusSupported(boolean supported) {
            this.statusSupported = supported;
            return this;
        }

        /** @param input an input to add @return this builder */
        public Builder input(InputDescription input) {
            this.inputs.add(Objects.requireNonNull(input, "input"));
            return this;
        }

        /** @param output an output to add @return this builder */
        public Builder output(OutputDescription output) {
            this.outputs.add(Objects.requireNonNull(output, "output"));
            return this;
        }

        /**
         * @return the immutable description
         * @throws IllegalArgumentException if there is no output or an identifier is used twice
         */
        public ProcessDescription build() {
            return new ProcessDescription(this);
        }
    }
}
