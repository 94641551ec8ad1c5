package org.jwps.runtime.internal.stream;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

import org.jwps.api.exception.WpsException;

/**
 * A stream that fails as soon as more than a limit is read from it, with the exception its
 * caller names (FileSizeExceeded for the request body or for one input). Never reads more than
 * one byte past the limit from the underlying stream. Not thread-safe.
 */
public final class LimitedInputStream extends FilterInputStream {
    private final long limit;
    private final Supplier<? extends WpsException> tooLarge;
    private long count;

    /**
     * @param in       the stream to read
     * @param limit    the most bytes that may be read
     * @param tooLarge the exception to throw once more are read
     */
    public LimitedInputStream(InputStream in, long limit, Supplier<? extends WpsException> tooLarge) {
        super(in);
        this.limit = limit;
        this.tooLarge = tooLarge;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, (int) Math.min(length, Math.max(1, limit - count + 1)));
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(Math.min(n, Math.max(1, limit - count + 1)));
        count(skipped);
        return skipped;
    }

    private void count(long n) {
        count += n;
        if (count > limit) {
            throw tooLarge.get();
        }
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
