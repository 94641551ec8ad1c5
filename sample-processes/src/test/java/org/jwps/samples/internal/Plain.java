package org.jwps.samples.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jwps.api.BoundingBox;
import org.jwps.api.Format;
import org.jwps.api.InputData;
import org.jwps.api.OutputData;
import org.jwps.api.ProcessRequest;
import org.jwps.api.ProcessResponse;

/**
 * Hand-made request and response to run a process with plain {@code new}, without the server's
 * executor or OSGi, recording every status update: what a process author's own tests look like.
 */
final class Plain {
    private Plain() {
    }

    /** A request with the given values. */
    static final class Request implements ProcessRequest {
        private final Map<String, List<InputData>> inputs = new LinkedHashMap<>();
        private final Path workDir;

        /** @param workDir the work directory, which the test removes */
        Request(Path workDir) {
            this.workDir = workDir;
        }

        Request with(InputData value) {
            inputs.computeIfAbsent(value.identifier(), k -> new ArrayList<>()).add(value);
            return this;
        }

        @Override
        public String jobId() {
            return "plain";
        }

        @Override
        public String language() {
            return "en-US";
        }

        @Override
        public List<InputData> inputs(String identifier) {
            return inputs.getOrDefault(identifier, List.of());
        }

        @Override
        public Path workDir() {
            return workDir;
        }
    }

    /** Records status updates and outputs; outputs are complex in the format given at construction. */
    static final class Response implements ProcessResponse {
        final List<String> messages = new ArrayList<>();
        final List<Integer> percents = new ArrayList<>();
        private final Map<String, Output> outputs = new LinkedHashMap<>();
        private final Format format;

        /** @param format the format every output reports, as if the client asked for it */
        Response(Format format) {
            this.format = format;
        }

        @Override
        public OutputData output(String identifier) {
            return outputs.computeIfAbsent(identifier, id -> new Output(id, format));
        }

        @Override
        public synchronized void updateStatus(String message, int percent) {
            messages.add(message);
            percents.add(percent);
        }

        /** @return what the process set for the output, as it set it */
        Object value(String identifier) {
            return outputs.get(identifier).value;
        }

        /** @return what the process set for the output, as bytes */
        byte[] bytes(String identifier) {
            Object value = outputs.get(identifier).value;
            try {
                if (value instanceof Path file) {
                    return Files.readAllBytes(file);
                }
                return value instanceof byte[] b ? b : String.valueOf(value).getBytes(StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final class Output implements OutputData {
        private final String identifier;
        private final Format format;
        private Object value;

        Output(String identifier, Format format) {
            this.identifier = identifier;
            this.format = format;
        }

        @Override
        public String identifier() {
            return identifier;
        }

        @Override
        public Format format() {
            return format;
        }

        @Override
        public String uom() {
            return null;
        }

        @Override
        public void setData(Object data) {
            value = data;
        }

        @Override
        public void setStream(InputStream content) {
            try (content) {
                value = content.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void setFile(Path file) {
            value = file;
        }
    }

    /** @return a complex value of the given format holding the bytes */
    static InputData complex(String identifier, Format format, byte[] content) {
        return new Value(identifier, format, content);
    }

    /** @return a literal value whose typed data is the given object */
    static InputData literal(String identifier, Object value) {
        return new Value(identifier, null, value);
    }

    /** One input value; only what the geometry samples read is more than a stub. */
    private record Value(String identifier, Format format, Object data) implements InputData {
        @Override
        public String asString() {
            return data instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : String.valueOf(data);
        }

        @Override
        public long asLong() {
            return ((Number) data).longValue();
        }

        @Override
        public int asInt() {
            return ((Number) data).intValue();
        }

        @Override
        public double asDouble() {
            return ((Number) data).doubleValue();
        }

        @Override
        public boolean asBoolean() {
            return (Boolean) data;
        }

        @Override
        public BoundingBox asBoundingBox() {
            return (BoundingBox) data;
        }

        @Override
        public byte[] bytes() {
            return data instanceof byte[] b ? b.clone() : asString().getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public InputStream stream() {
            return new ByteArrayInputStream(bytes());
        }

        @Override
        public Path file() {
            throw new UnsupportedOperationException("not used by the geometry samples");
        }

        @Override
        public URI url() {
            throw new UnsupportedOperationException("not used by the geometry samples");
        }

        @Override
        public String base64() {
            return Base64.getEncoder().encodeToString(bytes());
        }

        @Override
        public String uom() {
            return null;
        }
    }
}
