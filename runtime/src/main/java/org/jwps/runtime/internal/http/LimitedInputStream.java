package org.jwps.runtime.internal.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.jwps.api.exception.FileSizeExceededException;

/** A stream that fails with {@code FileSizeExceeded} as soon as more than a limit is read from it. */
final class LimitedInputStream extends FilterInputStream {
    private final long limit;
    private long count;

    LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
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
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    private void count(long n) {
        count += n;
        if (count > limit) {
            throw tooLarge(limit);
        }
    }

    static FileSizeExceededException tooLarge(long limit) {
        return new FileSizeExceededException("The request is larger than the " + limit
                + " bytes this server accepts (maxrequestsize)", null);
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
