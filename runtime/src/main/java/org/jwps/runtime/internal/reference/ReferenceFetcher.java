package org.jwps.runtime.internal.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.Map;

import org.jwps.api.exception.FileSizeExceededException;
import org.jwps.api.exception.InvalidParameterValueException;
import org.jwps.api.exception.WpsException;
import org.jwps.runtime.internal.protocol.InputValue;
import org.jwps.runtime.internal.stream.LimitedInputStream;

/**
 * Opens the content of an input given by reference: HTTP(S) GET, or POST with a {@code Body} or
 * {@code BodyReference}, with the client's headers; or a local file under one of the allowed
 * input paths. Every fetch is bounded: connect and read timeouts, a total deadline and a size
 * limit. Any other scheme ({@code ftp:}, {@code jar:}, Karaf's {@code mvn:} and {@code bundle:})
 * is refused. Failures are WPS exceptions naming the input. Thread-safe.
 */
public final class ReferenceFetcher {
    private final ReferencePolicy policy;

    /** @param policy what may be fetched, and how long it may take */
    public ReferenceFetcher(ReferencePolicy policy) {
        this.policy = policy;
    }

    /**
     * @param reference the reference
     * @param limit     the largest accepted content, in bytes
     * @return the checked real path of a {@code file://} reference, or {@code null} for an HTTP(S) one
     * @throws InvalidParameterValueException if the reference may not be read or does not exist
     * @throws FileSizeExceededException      if the file is larger than the limit
     */
    public Path localFile(InputValue.Reference reference, long limit) {
        return localFile(uri(reference.href(), reference.identifier()), reference.identifier(), limit);
    }

    private Path localFile(URI uri, String id, long limit) {
        if (!"file".equalsIgnoreCase(uri.getScheme())) {
            return null;
        }
        Path file = allowedFile(uri, id);
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new InvalidParameterValueException("Input " + id + ": " + uri + " cannot be read", id, e);
        }
        if (size > limit) {
            throw tooLarge(id, limit);
        }
        return file;
    }

    /**
     * Opens the content; the caller reads and closes it. Reading past {@code limit} bytes throws
     * FileSizeExceeded, reading past the total deadline InvalidParameterValue.
     *
     * @param reference the reference
     * @param limit     the largest accepted content, in bytes
     * @return the content stream
     * @throws WpsException on a refused, unreachable, failing or oversized reference
     */
    public InputStream open(InputValue.Reference reference, long limit) {
        String id = reference.identifier();
        long deadline = System.nanoTime() + policy.totalTimeout().toNanos();
        URI uri = uri(reference.href(), id);
        try {
            Path file = localFile(uri, id, limit);
            InputStream content = file != null ? Files.newInputStream(file) : http(uri, reference, limit);
            return new LimitedInputStream(new DeadlineInputStream(content, id, reference.href(), deadline), limit,
                    () -> tooLarge(id, limit));
        } catch (IOException e) {
            throw unreachable(reference, e);
        }
    }

    /**
     * @param identifier the input
     * @param limit      its limit, in bytes
     * @return the FileSizeExceeded exception for an input over its limit, inline or by reference
     */
    public static FileSizeExceededException tooLarge(String identifier, long limit) {
        return new FileSizeExceededException("Input " + identifier + " is larger than the limit of " + limit
                + " bytes", identifier);
    }

    private InputStream http(URI uri, InputValue.Reference reference, long limit) throws IOException {
        String id = reference.identifier();
        URLConnection opened = uri.toURL().openConnection();
        if (!(opened instanceof HttpURLConnection connection)) {
            throw refused(reference);
        }
        connection.setConnectTimeout(millis(policy.connectTimeout().toMillis()));
        connection.setReadTimeout(millis(policy.readTimeout().toMillis()));
        connection.setInstanceFollowRedirects(true); // same scheme only: never from http to file
        connection.setUseCaches(false);
        for (Map.Entry<String, String> header : reference.headers().entrySet()) {
            connection.setRequestProperty(header.getKey(), header.getValue());
        }
        String method = reference.method() == null ? "GET" : reference.method().toUpperCase(Locale.ROOT);
        if (method.equals("POST")) {
            connection.setRequestMethod("POST");
            connection.setDoOutput(true);
            try (OutputStream out = connection.getOutputStream()) {
                writeBody(reference, limit, out);
            }
        } else if (!method.equals("GET")) {
            throw new InvalidParameterValueException("Input " + id + ": method '" + reference.method()
                    + "' is not supported; use GET or POST", id);
        }
        int status = connection.getResponseCode();
        if (status < 200 || status >= 300) {
            connection.disconnect();
            throw new InvalidParameterValueException("Input " + id + ": " + reference.href() + " answered HTTP "
                    + status, id);
        }
        long length = connection.getContentLengthLong();
        if (length > limit) {
            connection.disconnect();
            throw tooLarge(id, limit);
        }
        return connection.getInputStream();
    }

    private void writeBody(InputValue.Reference reference, long limit, OutputStream out) throws IOException {
        if (reference.body() != null) {
            out.write(reference.body().getBytes(StandardCharsets.UTF_8));
        } else if (reference.bodyReference() != null) {
            InputValue.Reference body = new InputValue.Reference(reference.identifier(), reference.bodyReference(),
                    "GET", Map.of(), null, null, null, null, null);
            try (InputStream in = open(body, limit)) {
                in.transferTo(out);
            }
        }
    }

    private Path allowedFile(URI uri, String id) {
        Path path;
        try {
            path = Paths.get(uri).toAbsolutePath().normalize();
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            throw new InvalidParameterValueException("Input " + id + ": '" + uri + "' is not a local file URL", id);
        }
        // checked on the lexical path first, so that nothing is said about files outside the allowed paths
        if (!underAllowedPath(path, false)) {
            throw outside(id);
        }
        Path real;
        try {
            real = path.toRealPath();
        } catch (NoSuchFileException e) {
            throw new InvalidParameterValueException("Input " + id + ": " + uri + " does not exist", id);
        } catch (IOException e) {
            throw new InvalidParameterValueException("Input " + id + ": " + uri + " cannot be read", id);
        }
        if (!underAllowedPath(real, true)) { // a symbolic link pointing out of the allowed paths
            throw outside(id);
        }
        if (!Files.isRegularFile(real) || !Files.isReadable(real)) {
            throw new InvalidParameterValueException("Input " + id + ": " + uri + " is not a readable file", id);
        }
        return real;
    }

    private boolean underAllowedPath(Path path, boolean real) {
        for (Path allowed : policy.allowedInputPaths()) {
            Path root = allowed;
            if (real) {
                try {
                    root = allowed.toRealPath();
                } catch (IOException e) {
                    continue;
                }
            }
            if (path.startsWith(root) && !path.equals(root)) {
                return true;
            }
        }
        return false;
    }

    private static InvalidParameterValueException outside(String id) {
        return new InvalidParameterValueException("Input " + id + ": file references are only allowed under the "
                + "server's allowed input paths", id);
    }

    private static URI uri(String href, String id) {
        URI uri;
        try {
            uri = new URI(href.strip());
        } catch (URISyntaxException e) {
            throw new InvalidParameterValueException("Input " + id + ": '" + href + "' is not a valid URL", id);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") && !scheme.equals("file")) {
            throw new InvalidParameterValueException("Input " + id + ": only http, https and file references are "
                    + "accepted, not '" + href + "'", id);
        }
        if (!scheme.equals("file") && (uri.getHost() == null || uri.getHost().isEmpty())) {
            throw new InvalidParameterValueException("Input " + id + ": '" + href + "' has no host", id);
        }
        return uri;
    }

    private static InvalidParameterValueException refused(InputValue.Reference reference) {
        return new InvalidParameterValueException("Input " + reference.identifier() + ": '" + reference.href()
                + "' cannot be fetched", reference.identifier());
    }

    /**
     * @param reference the reference being fetched
     * @param e         why reading it failed
     * @return the exception to report: InvalidParameterValue naming the input and the cause's kind
     */
    public static InvalidParameterValueException unreachable(InputValue.Reference reference, IOException e) {
        String why = e instanceof java.net.SocketTimeoutException ? "the server did not answer in time"
                : e instanceof java.net.UnknownHostException ? "unknown host"
                : e instanceof java.net.ConnectException ? "connection refused"
                : "the transfer failed (" + e.getClass().getSimpleName() + ")";
        return new InvalidParameterValueException("Input " + reference.identifier() + ": could not fetch "
                + reference.href() + ": " + why, reference.identifier(), e);
    }

    private static int millis(long millis) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, millis));
    }
}
