package org.jwps.runtime.internal.execute;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.jwps.api.Format;
import org.jwps.api.exception.InvalidParameterValueException;
import org.jwps.runtime.internal.protocol.InputValue;
import org.jwps.runtime.internal.reference.ReferenceFetcher;

/**
 * Complex data given by reference. Nothing is fetched until the process (or a validator) first
 * reads the content; then it is streamed once into the work directory, base64 decoded on the way
 * when so encoded, and every view reads that file. A {@code file://} reference under the
 * allowed paths is read in place, not copied. Thread-safe.
 */
final class ReferenceInputData extends AbstractInputData {
    private final InputValue.Reference reference;
    private final Format format;
    private final boolean base64;
    private final ReferenceFetcher fetcher;
    private final long limit;
    private Path content;

    ReferenceInputData(InputValue.Reference reference, Format format, boolean base64, ReferenceFetcher fetcher,
                       long limit, WorkDirectory workDirectory) {
        super(reference.identifier(), workDirectory);
        this.reference = reference;
        this.format = format;
        this.base64 = base64;
        this.fetcher = fetcher;
        this.limit = limit;
    }

    /** @return the fetched content, fetching it on the first call */
    private synchronized Path content() throws IOException {
        if (content != null) {
            return content;
        }
        Path local = base64 ? null : fetcher.localFile(reference, limit);
        if (local != null) {
            content = local;
            return content;
        }
        Path target = workDirectory().newFile(identifier(), format.extension());
        try (InputStream in = fetcher.open(reference, limit)) {
            Files.copy(base64 ? Base64.getMimeDecoder().wrap(in) : in, target);
        } catch (IOException e) {
            Files.deleteIfExists(target);
            if (base64 && e.getMessage() != null && e.getMessage().contains("base64")) {
                throw new InvalidParameterValueException("Input " + identifier() + " is declared base64 but is not",
                        identifier(), e);
            }
            throw ReferenceFetcher.unreachable(reference, e);
        } catch (RuntimeException e) {
            Files.deleteIfExists(target);
            throw e;
        }
        content = target;
        return content;
    }

    @Override
    public Object data() {
        return asString();
    }

    @Override
    public String asString() {
        try {
            return new String(bytes(), charset(format));
        } catch (IOException e) {
            throw ReferenceFetcher.unreachable(reference, e);
        }
    }

    @Override
    public byte[] bytes() throws IOException {
        return Files.readAllBytes(content());
    }

    @Override
    public InputStream stream() throws IOException {
        return Files.newInputStream(content());
    }

    @Override
    public Path file() throws IOException {
        return content();
    }

    /** @return the reference itself, as PyWPS gives it */
    @Override
    public URI url() {
        return URI.create(reference.href());
    }

    @Override
    public String base64() throws IOException {
        return Base64.getEncoder().encodeToString(bytes());
    }

    @Override
    public Format format() {
        return format;
    }
}
