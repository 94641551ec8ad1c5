package org.jwps.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.jwps.io.internal.zip.SafeZip;

/**
 * Zip archives from untrusted clients, read within limits: entry names that would escape a
 * directory are refused, and the entry count ({@code jwps.zip.maxEntries}, 1000), total
 * uncompressed size ({@code jwps.zip.maxBytes}, 1 GiB) and compression ratio
 * ({@code jwps.zip.maxRatio}, 100:1) are capped. Thread-safe (stateless).
 */
public final class Archives {
    private Archives() {
    }

    /**
     * Lists the file entries, reading (so checking) all of them.
     *
     * @param zip  the archive, closed when done
     * @param what what the archive is, for messages (e.g. "KMZ")
     * @return the entry names, in archive order
     * @throws MalformedDataException if the data is not a zip, is damaged, or breaks a limit
     * @throws IOException            if reading fails
     */
    public static List<String> entryNames(InputStream zip, String what) throws IOException {
        return SafeZip.names(zip, what);
    }

    /**
     * @param zip    the archive, owned by the returned stream
     * @param suffix the name suffix, e.g. {@code .kml}
     * @param what   what the archive is, for messages
     * @return the content of the first entry with that suffix, still within the limits; closing it closes the archive
     * @throws MalformedDataException if there is no such entry, or a limit is broken
     * @throws IOException            if reading fails
     */
    public static InputStream openFirst(InputStream zip, String suffix, String what) throws IOException {
        return SafeZip.openFirst(zip, suffix, what);
    }
}
