package org.jwps.runtime.internal.reference;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.jwps.api.exception.InvalidParameterValueException;

/**
 * Fails a reference's transfer once its total deadline has passed, so that a slow server cannot
 * hold a worker forever; each single read is bounded by the socket's read timeout. Not thread-safe.
 */
final class DeadlineInputStream extends FilterInputStream {
    private final String identifier;
    private final String href;
    private final long deadlineNanos;

    DeadlineInputStream(InputStream in, String identifier, String href, long deadlineNanos) {
        super(in);
        this.identifier = identifier;
        this.href = href;
        this.deadlineNanos = deadlineNanos;
    }

    @Override
    public int read() throws IOException {
        checkDeadline();
        int b = super.read();
        checkDeadline();
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        checkDeadline();
        int n = super.read(b, off, len);
        checkDeadline();
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        checkDeadline();
        return super.skip(n);
    }

    private void checkDeadline() {
        if (System.nanoTime() - deadlineNanos > 0) {
            throw new InvalidParameterValueException("Input " + identifier + ": fetching " + href
                    + " took too long and was abandoned", identifier);
        }
    }
}
