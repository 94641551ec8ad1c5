package org.jwps.runtime.internal.execute;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.jwps.api.BoundingBox;
import org.jwps.api.Format;
import org.jwps.api.InputData;
import org.jwps.api.LiteralType;
import org.jwps.api.exception.InvalidParameterValueException;

/** The conversions every kind of input value shares. */
abstract class AbstractInputData implements InputData {
    private final String identifier;
    private final WorkDirectory workDirectory;
    private Path file;

    AbstractInputData(String identifier, WorkDirectory workDirectory) {
        this.identifier = identifier;
        this.workDirectory = workDirectory;
    }

    @Override
    public String identifier() {
        return identifier;
    }

    /** @return the work directory of the execution this value belongs to */
    WorkDirectory workDirectory() {
        return workDirectory;
    }

    @Override
    public long asLong() {
        Object data = data();
        if (data instanceof Long || data instanceof Integer) {
            return ((Number) data).longValue();
        }
        return (Long) convert(LiteralType.INTEGER);
    }

    @Override
    public int asInt() {
        long value = asLong();
        if (value != (int) value) {
            throw new InvalidParameterValueException("Input " + identifier + ": " + value + " is too large", identifier);
        }
        return (int) value;
    }

    @Override
    public double asDouble() {
        Object data = data();
        if (data instanceof Number) {
            return ((Number) data).doubleValue();
        }
        return (Double) convert(LiteralType.FLOAT);
    }

    @Override
    public boolean asBoolean() {
        Object data = data();
        if (data instanceof Boolean) {
            return (Boolean) data;
        }
        return (Boolean) convert(LiteralType.BOOLEAN);
    }

    private Object convert(LiteralType type) {
        try {
            return type.parse(asString());
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterValueException("Input " + identifier + ": " + e.getMessage(), identifier);
        }
    }

    @Override
    public BoundingBox asBoundingBox() {
        Object data = data();
        if (data instanceof BoundingBox) {
            return (BoundingBox) data;
        }
        throw new InvalidParameterValueException("Input " + identifier + " is not a bounding box", identifier);
    }

    @Override
    public byte[] bytes() throws IOException {
        return asString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public InputStream stream() throws IOException {
        return new ByteArrayInputStream(bytes());
    }

    @Override
    public synchronized Path file() throws IOException {
        if (file == null) {
            Format format = format();
            Path target = workDirectory.newFile(identifier, format == null ? ".txt" : format.extension());
            try (InputStream in = stream()) {
                Files.copy(in, target);
            }
            file = target;
        }
        return file;
    }

    @Override
    public URI url() throws IOException {
        return file().toUri();
    }

    @Override
    public String base64() throws IOException {
        return Base64.getEncoder().encodeToString(bytes());
    }

    @Override
    public Format format() {
        return null;
    }

    @Override
    public String uom() {
        return null;
    }

    /**
     * @param format a complex format, or {@code null}
     * @return the charset its text is in: its encoding when that names a charset, else UTF-8
     */
    static Charset charset(Format format) {
        String encoding = format == null ? null : format.encoding();
        try {
            return encoding == null || encoding.isEmpty() || encoding.equalsIgnoreCase("base64")
                    ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + identifier + "]";
    }
}
