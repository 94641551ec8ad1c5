package org.jwps.runtime.internal.reference;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.jwps.api.exception.FileSizeExceededException;
import org.jwps.api.exception.InvalidParameterValueException;

/**
 * Reads a reference's content while enforcing its size limit and its total time: the fetch fails
 * with FileSizeExceeded as soon as one byte too many arrives, and with InvalidParameterValue
 * once the deadline has passed (a slow server cannot hold a worker forever; each single read is
 * bounded by the socket's read timeout). Not thread-safe.
 */
final class GuardedInputStream extends FilterInputStream {
    private final String identifier;
    private final String href;
    private final long limit;
    private final long deadlineNanos;
    private long count;

    GuardedInputStream(InputStream in, String identifier, String href, long limit, long deadlineNanos) {
        super(in);
        this.identifier = identifier;
        this.href = href;
        this.limit = limit;
        this.deadlineNanos = deadlineNanos;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        checkDeadline();
        int n = super.read(b, off, (int) Math.min(len, limit - count + 1));
        if (n > 0) {
            count += n;
            if (count > limit) {
                throw tooLarge(identifier, limit);
            }
        }
        checkDeadline();
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        return read(new byte[(int) Math.min(n, 8192)]);
    }

    private void checkDeadline() {
        if (System.nanoTime() - deadlineNanos > 0) {
            throw new InvalidParameterValueException("Input " + identifier + ": fetching " + href
                    + " took too long and was abandoned", identifier);
        }
    }

    static FileSizeExceededException tooLarge(String identifier, long limit) {
        return new FileSizeExceededException("Input " + identifier + " is larger than the limit of " + limit
                + " bytes", identifier);
    }
}
