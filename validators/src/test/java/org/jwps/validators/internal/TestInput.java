package org.jwps.validators.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.jwps.api.BoundingBox;
import org.jwps.api.Format;
import org.jwps.api.InputData;

/** A complex input value over bytes, as the runtime would hand it to a validator. */
final class TestInput implements InputData {
    private final Format format;
    private final byte[] bytes;
    private final String name;
    private Path file;

    TestInput(Format format, byte[] bytes) {
        this(format, bytes, "data");
    }

    TestInput(Format format, byte[] bytes, String name) {
        this.format = format;
        this.bytes = bytes;
        this.name = name;
    }

    @Override public String identifier() {
        return "input";
    }

    @Override public Object data() {
        return asString();
    }

    @Override public String asString() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Override public long asLong() {
        throw new UnsupportedOperationException();
    }

    @Override public int asInt() {
        throw new UnsupportedOperationException();
    }

    @Override public double asDouble() {
        throw new UnsupportedOperationException();
    }

    @Override public boolean asBoolean() {
        throw new UnsupportedOperationException();
    }

    @Override public BoundingBox asBoundingBox() {
        throw new UnsupportedOperationException();
    }

    @Override public byte[] bytes() {
        return bytes.clone();
    }

    @Override public InputStream stream() {
        return new ByteArrayInputStream(bytes);
    }

    @Override public synchronized Path file() throws IOException {
        if (file == null) {
            Path dir = Files.createTempDirectory("jwps-test");
            dir.toFile().deleteOnExit();
            file = Files.write(dir.resolve(name), bytes);
            file.toFile().deleteOnExit();
        }
        return file;
    }

    @Override public URI url() throws IOException {
        return file().toUri();
    }

    @Override public String base64() {
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Override public Format format() {
        return format;
    }

    @Override public String uom() {
        return null;
    }
}
