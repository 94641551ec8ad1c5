package org.jwps.runtime.internal.execute;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.TemporalAccessor;
import java.util.Objects;

import org.jwps.api.BoundingBox;
import org.jwps.api.BoundingBoxOutput;
import org.jwps.api.ComplexOutput;
import org.jwps.api.Format;
import org.jwps.api.LiteralOutput;
import org.jwps.api.OutputData;
import org.jwps.api.OutputDescription;

/** One output of an execution, as the process set it. Thread-safe. */
public final class OutputValue implements OutputData {
    private final OutputDescription description;
    private final Format format;
    private final String uom;
    private volatile Object value;
    private volatile String reference;

    OutputValue(OutputDescription description, Format format, String uom) {
        this.description = description;
        this.format = format;
        this.uom = uom;
    }

    /** @return the output's description */
    public OutputDescription description() {
        return description;
    }

    @Override
    public String identifier() {
        return description.identifier();
    }

    @Override
    public Format format() {
        return format;
    }

    @Override
    public String uom() {
        return uom;
    }

    /** @return true once the process has set a value */
    public boolean isSet() {
        return value != null;
    }

    @Override
    public void setData(Object data) {
        Objects.requireNonNull(data, "data");
        if (description instanceof LiteralOutput) {
            if (!(data instanceof String || data instanceof Number || data instanceof Boolean
                    || data instanceof TemporalAccessor || data instanceof URI)) {
                throw new IllegalArgumentException("literal output " + identifier() + " takes a String, Number, "
                        + "Boolean, URI or java.time value, not " + data.getClass().getName());
            }
        } else if (description instanceof BoundingBoxOutput) {
            if (!(data instanceof BoundingBox)) {
                throw new IllegalArgumentException("bounding box output " + identifier() + " takes a BoundingBox");
            }
        } else if (!(data instanceof String || data instanceof byte[])) {
            throw new IllegalArgumentException("complex output " + identifier() + " takes a String or byte[]; "
                    + "use setStream or setFile for other content");
        }
        value = data;
    }

    @Override
    public void setStream(InputStream content) {
        requireComplex();
        value = Objects.requireNonNull(content, "content");
    }

    @Override
    public void setFile(Path file) {
        requireComplex();
        value = Objects.requireNonNull(file, "file");
    }

    private void requireComplex() {
        if (!(description instanceof ComplexOutput)) {
            throw new IllegalArgumentException("output " + identifier() + " is not complex");
        }
    }

    /** @return the value as set: String, Number, Boolean, temporal, URI, BoundingBox, byte[], InputStream or Path */
    public Object value() {
        return value;
    }

    /** @return the value as text: a literal's lexical form, or complex content decoded as UTF-8 */
    public String text() {
        Object v = value;
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof byte[] || v instanceof InputStream || v instanceof Path) {
            return new String(bytes(), StandardCharsets.UTF_8);
        }
        return String.valueOf(v);
    }

    /** @return the URL the output was published under when returned by reference, else {@code null} */
    public String reference() {
        return reference;
    }

    /** @param url the URL the output was published under */
    public void setReference(String url) {
        this.reference = url;
    }

    /**
     * @return a stream over the content, for copying it without holding it in memory; a stream
     *         the process set is handed out once
     * @throws IOException if a file cannot be opened
     */
    public synchronized InputStream open() throws IOException {
        Object v = value;
        if (v instanceof InputStream in) {
            value = new byte[0]; // consumed: whoever opened it owns it now
            return in;
        }
        if (v instanceof Path p) {
            return Files.newInputStream(p);
        }
        return new java.io.ByteArrayInputStream(bytes());
    }

    /**
     * @return the content as bytes; a stream is read (once) and kept
     * @throws UncheckedIOException if a stream or file cannot be read
     */
    public synchronized byte[] bytes() {
        Object v = value;
        try {
            if (v instanceof byte[] b) {
                return b;
            }
            if (v instanceof InputStream in) {
                try (in) {
                    byte[] read = in.readAllBytes();
                    value = read;
                    return read;
                }
            }
            if (v instanceof Path p) {
                return Files.readAllBytes(p);
            }
            return text().getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read output " + identifier(), e);
        }
    }
}
