package org.jwps.io.internal.zip;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.jwps.io.MalformedDataException;

/**
 * Reads zip archives from untrusted clients: refuses unsafe entry names (zip-slip), caps the
 * number of entries, the total uncompressed size and the compression ratio (zip bombs), and
 * counts the bytes of entries it skips too, so a bomb cannot hide in an entry nobody reads.
 * Limits can be changed with the system properties {@code jwps.zip.maxEntries},
 * {@code jwps.zip.maxBytes} and {@code jwps.zip.maxRatio}.
 */
public final class SafeZip implements Closeable {
    /** Most entries in one archive. */
    public static final int MAX_ENTRIES = Integer.getInteger("jwps.zip.maxEntries", 1000);
    /** Most uncompressed bytes in one archive, all entries together. */
    public static final long MAX_BYTES = Long.getLong("jwps.zip.maxBytes", 1L << 30);
    /** Highest ratio of uncompressed to compressed bytes, checked beyond the first megabyte. */
    public static final int MAX_RATIO = Integer.getInteger("jwps.zip.maxRatio", 100);
    private static final long RATIO_FREE_BYTES = 1 << 20;

    private final String what;
    private final CountingStream raw;
    private final ZipInputStream zip;
    private final long maxBytes;
    private int entries;
    private long uncompressed;
    private ZipEntry current;

    /**
     * @param in   the archive
     * @param what what the archive is, for messages (e.g. "KMZ")
     * @throws IOException if the data is not a zip archive
     */
    public SafeZip(InputStream in, String what) throws IOException {
        this(in, what, MAX_BYTES);
    }

    SafeZip(InputStream in, String what, long maxBytes) throws IOException {
        this.what = what;
        this.maxBytes = maxBytes;
        InputStream buffered = in.markSupported() ? in : new java.io.BufferedInputStream(in);
        buffered.mark(4);
        byte[] magic = buffered.readNBytes(4);
        buffered.reset();
        if (magic.length < 4 || magic[0] != 'P' || magic[1] != 'K') {
            buffered.close();
            throw new MalformedDataException(what + ": not a zip archive (no 'PK' signature)");
        }
        this.raw = new CountingStream(buffered);
        this.zip = new ZipInputStream(raw);
    }

    /** @return the next entry (directories included), or {@code null} at the end @throws IOException if unsafe or malformed */
    public ZipEntry next() throws IOException {
        if (current != null) {
            stream().transferTo(OutputStream.nullOutputStream());
        }
        try {
            current = zip.getNextEntry();
        } catch (ZipException e) {
            throw new MalformedDataException(what + ": damaged zip archive: " + e.getMessage(), e);
        }
        if (current == null) {
            return null;
        }
        if (++entries > MAX_ENTRIES) {
            throw new MalformedDataException(what + ": more than " + MAX_ENTRIES + " entries in the archive");
        }
        String name = current.getName();
        if (name.startsWith("/") || name.startsWith("\\") || name.contains("..") || name.matches("^[A-Za-z]:.*")) {
            throw new MalformedDataException(what + ": unsafe entry name '" + name + "' (path outside the archive)");
        }
        return current;
    }

    /** @return the current entry's content, guarded by the limits; not to be closed separately */
    public InputStream stream() {
        return new FilterInputStream(zip) {
            @Override public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override public int read(byte[] b, int off, int len) throws IOException {
                int n;
                try {
                    n = zip.read(b, off, len);
                } catch (ZipException | java.io.EOFException e) {
                    throw new MalformedDataException(what + ": damaged entry " + current.getName() + ": " + e.getMessage(), e);
                }
                if (n > 0) {
                    count(n);
                }
                return n;
            }

            @Override public void close() {
                // the archive is closed by its owner
            }
        };
    }

    private void count(int n) throws MalformedDataException {
        uncompressed += n;
        if (uncompressed > maxBytes) {
            throw new MalformedDataException(what + ": more than " + maxBytes + " bytes uncompressed (zip bomb?)");
        }
        if (uncompressed > RATIO_FREE_BYTES && uncompressed > (long) MAX_RATIO * Math.max(1, raw.count)) {
            throw new MalformedDataException(what + ": compression ratio above " + MAX_RATIO + ":1 (zip bomb?)");
        }
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /**
     * @param in     the archive, owned by the returned stream
     * @param suffix the entry name suffix, e.g. {@code .kml}
     * @param what   what the archive is, for messages
     * @return the content of the first entry whose name ends with the suffix; closing it closes the archive
     * @throws IOException if there is no such entry, or the archive is unsafe
     */
    public static InputStream openFirst(InputStream in, String suffix, String what) throws IOException {
        SafeZip zip = new SafeZip(in, what);
        try {
            for (ZipEntry e = zip.next(); e != null; e = zip.next()) {
                if (!e.isDirectory() && e.getName().toLowerCase(Locale.ROOT).endsWith(suffix)) {
                    return new FilterInputStream(zip.stream()) {
                        @Override public void close() throws IOException {
                            zip.close();
                        }
                    };
                }
            }
            throw new MalformedDataException(what + ": no " + suffix + " file in the archive");
        } catch (IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    /**
     * Lists the entry names, reading (and so checking) every entry.
     *
     * @param in   the archive, closed when done
     * @param what what the archive is, for messages
     * @return the names of the file entries
     * @throws IOException if the archive is unsafe or damaged
     */
    public static List<String> names(InputStream in, String what) throws IOException {
        try (SafeZip zip = new SafeZip(in, what)) {
            List<String> names = new ArrayList<>();
            for (ZipEntry e = zip.next(); e != null; e = zip.next()) {
                if (!e.isDirectory()) {
                    names.add(e.getName());
                }
            }
            return names;
        }
    }

    /**
     * @param target a file to write the current entry to (never derived from the entry name)
     * @throws IOException if the entry breaks a limit or cannot be written
     */
    public void copyTo(Path target) throws IOException {
        try (OutputStream out = Files.newOutputStream(target)) {
            stream().transferTo(out);
        }
    }

    /** Counts the compressed bytes the zip reader consumed. */
    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override public long skip(long n) throws IOException {
            long s = super.skip(n);
            count += s;
            return s;
        }
    }
}
