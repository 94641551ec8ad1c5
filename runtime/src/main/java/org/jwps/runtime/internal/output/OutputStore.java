package org.jwps.runtime.internal.output;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The files behind outputs by reference: {@code <outputpath>/<job id>/<name>}, each with its
 * content type in a hidden side file, published under {@code <outputurl>/<job id>/<name>}; and
 * the status document of each stored job, {@code <outputpath>/<job id>.xml}, published under
 * {@code <outputurl>/<job id>.xml} (PyWPS's layout).
 * Files are written to a temporary name and moved into place, so a client never reads half a
 * file. Thread-safe.
 */
public final class OutputStore {
    private static final Pattern JOB = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,63}");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");
    private static final String TYPE_SUFFIX = ".type";
    private static final String STATUS_SUFFIX = ".xml";
    private static final String STATUS_TYPE = "text/xml; charset=UTF-8";

    private final Path root;
    private final String baseUrl;

    /**
     * @param root    the output directory ({@code outputpath})
     * @param baseUrl the URL it is published under ({@code outputurl}), without a trailing slash
     */
    public OutputStore(Path root, String baseUrl) {
        this.root = root.toAbsolutePath().normalize();
        this.baseUrl = baseUrl;
    }

    /** A stored file and the content type to serve it with. */
    public record StoredFile(Path file, String contentType) {
    }

    /**
     * Streams content into the store.
     *
     * @param jobId       the job the file belongs to
     * @param name        the file name, e.g. {@code buff_out.gml}; made safe if needed
     * @param contentType the content type to serve it with
     * @param content     the content, read to its end (not closed)
     * @return the public URL of the file
     * @throws IOException if the file cannot be written
     */
    public String write(String jobId, String name, String contentType, InputStream content) throws IOException {
        checkJob(jobId);
        String safeName = safe(name);
        Path dir = Files.createDirectories(root.resolve(jobId));
        Path target = dir.resolve(safeName);
        Path partial = Files.createTempFile(dir, ".partial-", ".tmp");
        try {
            Files.copy(content, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(dir.resolve("." + safeName + TYPE_SUFFIX), contentType, StandardCharsets.UTF_8);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        return baseUrl + "/" + jobId + "/" + safeName;
    }

    /**
     * Writes (or replaces) a job's status document, atomically.
     *
     * @param jobId    the job
     * @param document the UTF-8 XML
     * @throws IOException if it cannot be written
     */
    public void writeStatus(String jobId, byte[] document) throws IOException {
        checkJob(jobId);
        Files.createDirectories(root);
        Path partial = Files.createTempFile(root, ".partial-", ".tmp");
        try {
            Files.write(partial, document);
            Files.move(partial, root.resolve(jobId + STATUS_SUFFIX), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /**
     * @param jobId a job
     * @return the public URL of its status document
     */
    public String statusLocation(String jobId) {
        return baseUrl + "/" + jobId + STATUS_SUFFIX;
    }

    /**
     * Removes a job's outputs and, if asked, its status document.
     *
     * @param jobId      the job
     * @param withStatus whether the status document goes too
     */
    public void delete(String jobId, boolean withStatus) {
        checkJob(jobId);
        org.jwps.runtime.internal.execute.WorkDirectory.remove(root.resolve(jobId));
        if (withStatus) {
            try {
                Files.deleteIfExists(root.resolve(jobId + STATUS_SUFFIX));
            } catch (IOException e) {
                org.slf4j.LoggerFactory.getLogger(OutputStore.class).warn("Could not remove the status of job {}: {}",
                        jobId, e.getMessage());
            }
        }
    }

    private static void checkJob(String jobId) {
        if (!JOB.matcher(jobId).matches()) {
            throw new IllegalArgumentException("not a job id: " + jobId);
        }
    }

    private static String safe(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9._-]", "_");
        if (safe.isEmpty() || !Character.isLetterOrDigit(safe.charAt(0))) {
            safe = "output" + safe;
        }
        return safe.length() > 200 ? safe.substring(safe.length() - 200) : safe;
    }

    /**
     * Finds a published file by the path under the output URL. Only {@code <job id>.xml} and
     * {@code <job id>/<name>} of plain names are looked up: no {@code ..}, no hidden files, no directories, no links out.
     *
     * @param relative the path after the output URL, e.g. {@code 6f1c.../buff_out.gml}
     * @return the file and its content type, or empty when there is no such published file
     */
    public Optional<StoredFile> find(String relative) {
        if (relative == null) {
            return Optional.empty();
        }
        String path = relative.startsWith("/") ? relative.substring(1) : relative;
        if (path.endsWith(STATUS_SUFFIX) && JOB.matcher(path.substring(0, path.length() - STATUS_SUFFIX.length()))
                .matches()) {
            Path status = root.resolve(path);
            return Files.isRegularFile(status, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                    ? Optional.of(new StoredFile(status, STATUS_TYPE)) : Optional.empty();
        }
        int slash = path.indexOf('/');
        if (slash < 0 || !JOB.matcher(path.substring(0, slash)).matches()
                || !NAME.matcher(path.substring(slash + 1)).matches()) {
            return Optional.empty();
        }
        Path file = root.resolve(path).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        String contentType = "application/octet-stream";
        Path type = file.resolveSibling("." + file.getFileName() + TYPE_SUFFIX);
        try {
            if (Files.isRegularFile(type)) {
                contentType = Files.readString(type, StandardCharsets.UTF_8).strip();
            }
        } catch (IOException e) {
            // served with the generic type
        }
        return Optional.of(new StoredFile(file, contentType));
    }
}
