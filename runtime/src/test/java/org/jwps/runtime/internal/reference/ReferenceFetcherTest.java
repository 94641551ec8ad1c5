package org.jwps.runtime.internal.reference;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.jwps.api.exception.ExceptionCode;
import org.jwps.api.exception.WpsException;
import org.jwps.runtime.internal.protocol.InputValue;

public class ReferenceFetcherTest {
    private LoopbackServer server;
    private Path allowed;
    private Path outside;
    private ReferenceFetcher fetcher;

    @Before
    public void setUp() throws IOException {
        server = new LoopbackServer();
        allowed = Files.createTempDirectory("jwps-allowed");
        outside = Files.createTempDirectory("jwps-outside");
        fetcher = new ReferenceFetcher(new ReferencePolicy(List.of(allowed), Duration.ofSeconds(2),
                Duration.ofSeconds(2), Duration.ofSeconds(4)));
    }

    @After
    public void tearDown() throws IOException {
        server.close();
        for (Path dir : List.of(allowed, outside)) {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static InputValue.Reference get(String href) {
        return new InputValue.Reference("layer", href, "GET", Map.of(), null, null, null, null, null);
    }

    private byte[] read(InputValue.Reference reference, long limit) throws IOException {
        try (InputStream in = fetcher.open(reference, limit)) {
            return in.readAllBytes();
        }
    }

    private WpsException failure(InputValue.Reference reference, long limit) {
        return assertThrows(WpsException.class, () -> read(reference, limit));
    }

    @Test
    public void httpGetStreamsTheContent() throws IOException {
        byte[] data = "<a>1</a>".getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(data, read(get(server.put("a.xml", data)), 1000));
        assertNull("HTTP references are not local files", fetcher.localFile(get(server.url() + "/data/a.xml"), 1000));
    }

    @Test
    public void httpPostSendsTheBodyAndHeaders() throws IOException {
        InputValue.Reference post = new InputValue.Reference("layer", server.url() + "/echo", "POST",
                Map.of("X-Test", "yes"), "<query/>", null, null, null, null);
        assertEquals("POST|yes|<query/>", new String(read(post, 1000), StandardCharsets.UTF_8));
    }

    @Test
    public void httpPostBodyCanItselfBeAReference() throws IOException {
        String body = server.put("body.xml", "<from-reference/>".getBytes(StandardCharsets.UTF_8));
        InputValue.Reference post = new InputValue.Reference("layer", server.url() + "/echo", "POST",
                Map.of(), null, body, null, null, null);
        assertEquals("POST|null|<from-reference/>", new String(read(post, 1000), StandardCharsets.UTF_8));
    }

    @Test
    public void errorStatusNamesTheInputAndTheStatus() {
        WpsException e = failure(get(server.url() + "/status/404"), 1000);
        assertEquals(ExceptionCode.INVALID_PARAMETER_VALUE, e.code());
        assertEquals("layer", e.locator());
        assertTrue(e.getMessage(), e.getMessage().contains("HTTP 404"));
    }

    @Test
    public void announcedOversizeIsRefusedBeforeReading() {
        String href = server.put("big", new byte[5000]);
        WpsException e = failure(get(href), 4999);
        assertEquals(ExceptionCode.FILE_SIZE_EXCEEDED, e.code());
        assertEquals("layer", e.locator());
    }

    @Test(timeout = 20_000)
    public void endlessBodyIsCutAtTheLimit() {
        WpsException e = failure(get(server.url() + "/endless"), 1_000_000);
        assertEquals(ExceptionCode.FILE_SIZE_EXCEEDED, e.code());
    }

    @Test(timeout = 20_000)
    public void silentServerTimesOut() {
        long start = System.nanoTime();
        WpsException e = failure(get(server.silentUrl()), 1000);
        assertEquals(ExceptionCode.INVALID_PARAMETER_VALUE, e.code());
        assertTrue(e.getMessage(), e.getMessage().contains("did not answer in time"));
        assertTrue("gave up after the read timeout", System.nanoTime() - start < Duration.ofSeconds(10).toNanos());
    }

    @Test(timeout = 30_000)
    public void tricklingServerHitsTheTotalDeadline() {
        WpsException e = failure(get(server.url() + "/trickle"), 1_000_000);
        assertEquals(ExceptionCode.INVALID_PARAMETER_VALUE, e.code());
        assertTrue(e.getMessage(), e.getMessage().contains("took too long"));
    }

    @Test
    public void unreachableHostIsReported() {
        WpsException e = failure(get("http://127.0.0.1:1/nothing"), 1000);
        assertTrue(e.getMessage(), e.getMessage().contains("connection refused"));
    }

    @Test
    public void otherSchemesAreRefused() {
        for (String href : List.of("ftp://example.org/a", "jar:file:/tmp/a.jar!/x", "mvn:org.jwps/jwps-api/1.0",
                "bundle://1.0:1/etc/passwd", "gopher://x", "/etc/passwd", "http:///nohost")) {
            WpsException e = failure(get(href), 1000);
            assertEquals(href, ExceptionCode.INVALID_PARAMETER_VALUE, e.code());
        }
    }

    @Test
    public void fileUnderAnAllowedPathIsReadInPlace() throws IOException {
        Path file = Files.writeString(allowed.resolve("in.txt"), "local");
        assertEquals("local", new String(read(get(file.toUri().toString()), 100), StandardCharsets.UTF_8));
        assertEquals(file.toRealPath(), fetcher.localFile(get(file.toUri().toString()), 100));
        assertEquals(ExceptionCode.FILE_SIZE_EXCEEDED, failure(get(file.toUri().toString()), 3).code());
    }

    @Test
    public void filesOutsideTheAllowedPathsAreRefusedWithoutSayingWhetherTheyExist() throws IOException {
        Path secret = Files.writeString(outside.resolve("secret.txt"), "secret");
        String exists = failure(get(secret.toUri().toString()), 100).getMessage();
        String missing = failure(get(outside.resolve("missing.txt").toUri().toString()), 100).getMessage();
        assertEquals(exists, missing);
        assertFalse(exists.contains("secret"));
        // the allowed directory itself, /etc/passwd and a dot-dot escape
        failure(get(allowed.toUri().toString()), 100);
        failure(get("file:///etc/passwd"), 100);
        String escape = "file://" + allowed + "/../" + outside.getFileName() + "/secret.txt";
        assertEquals(exists, failure(get(escape), 100).getMessage());
    }

    @Test
    public void symbolicLinkOutOfTheAllowedPathsIsRefused() throws IOException {
        Path secret = Files.writeString(outside.resolve("secret.txt"), "secret");
        Path link = Files.createSymbolicLink(allowed.resolve("link.txt"), secret);
        WpsException e = failure(get(link.toUri().toString()), 100);
        assertEquals(ExceptionCode.INVALID_PARAMETER_VALUE, e.code());
        assertTrue(e.getMessage(), e.getMessage().contains("allowed input paths"));
    }

    @Test
    public void noFileIsAllowedByDefault() throws IOException {
        Path file = Files.writeString(allowed.resolve("in.txt"), "local");
        ReferenceFetcher strict = new ReferenceFetcher(new ReferencePolicy(List.of(), Duration.ofSeconds(1),
                Duration.ofSeconds(1), Duration.ofSeconds(1)));
        assertThrows(WpsException.class, () -> strict.open(get(file.toUri().toString()), 100));
    }
}
