package org.jwps.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.jwps.api.BoundingBox;
import org.jwps.api.Format;
import org.jwps.api.InputData;

/** A complex input value in a file, as the runtime hands it to a validator. */
final class FileInput implements InputData {
    private final Format format;
    private final Path file;

    FileInput(Format format, Path file) {
        this.format = format;
        this.file = file;
    }

    @Override public String identifier() {
        return "layer";
    }

    @Override public Object data() {
        return asString();
    }

    @Override public String asString() {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
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

    @Override public byte[] bytes() throws IOException {
        return Files.readAllBytes(file);
    }

    @Override public InputStream stream() throws IOException {
        return Files.newInputStream(file);
    }

    @Override public Path file() {
        return file;
    }

    @Override public URI url() {
        return file.toUri();
    }

    @Override public String base64() throws IOException {
        return Base64.getEncoder().encodeToString(bytes());
    }

    @Override public Format format() {
        return format;
    }

    @Override public String uom() {
        return null;
    }
}
