package org.jwps.runtime.internal.execute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The work directory of one execution: created on first use, removed by {@link #close()}.
 * Thread-safe.
 */
public final class WorkDirectory implements AutoCloseable {
    private final Path path;
    private final AtomicInteger counter = new AtomicInteger();
    private final boolean removeOnClose;
    private volatile boolean created;

    /**
     * @param parent        the directory holding every execution's work directory
     * @param jobId         the execution's identifier, used as the directory name
     * @param removeOnClose whether {@link #close()} removes it ({@code cleantempdir})
     */
    public WorkDirectory(Path parent, String jobId, boolean removeOnClose) {
        this.path = parent.resolve(name(jobId));
        this.removeOnClose = removeOnClose;
    }

    /** @param jobId a job @return the name of its work directory */
    public static String name(String jobId) {
        return "jwps-" + jobId;
    }

    /**
     * @return the directory, created if needed
     * @throws IOException if it cannot be created
     */
    public synchronized Path path() throws IOException {
        if (!created) {
            Files.createDirectories(path);
            created = true;
        }
        return path;
    }

    /**
     * @param name a name hint, e.g. the input identifier
     * @param extension the file extension with its dot, or {@code null}
     * @return a new, not yet existing file path in the directory
     * @throws IOException if the directory cannot be created
     */
    public Path newFile(String name, String extension) throws IOException {
        String safe = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return path().resolve(safe + "-" + counter.incrementAndGet() + (extension == null ? "" : extension));
    }

    /** Removes the directory and everything in it, unless it is to be kept. */
    @Override
    public void close() {
        if (!created || !removeOnClose) {
            return;
        }
        remove(path);
    }

    /**
     * Removes a directory tree, logging what could not be removed.
     *
     * @param path the directory; nothing happens if it does not exist
     */
    public static void remove(Path path) {
        if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            org.slf4j.LoggerFactory.getLogger(WorkDirectory.class).warn("Could not remove work directory {}: {}",
                    path, e.getMessage());
        }
    }
}
