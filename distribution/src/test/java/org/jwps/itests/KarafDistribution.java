package org.jwps.itests;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.junit.rules.ExternalResource;

/**
 * A private copy of the JWPS Karaf assembly ({@code target/assembly}) running as a child
 * process, the way an operator runs it ({@code bin/karaf server}).
 *
 * <p>Each instance copies the assembly to a fresh directory under {@code target/karaf-runs/},
 * moves every listening port (HTTP, SSH, JMX/RMI) to a free one so tests never clash with a
 * server a developer runs on 8181, starts Karaf and waits until it is ready: by default until
 * {@code GET /wps?service=WPS&request=GetCapabilities} answers HTTP 200.
 *
 * <p>Use it as a JUnit 4 rule ({@code @ClassRule public static final KarafDistribution KARAF =
 * new KarafDistribution();}) or call {@link #start()} / {@link #stop()} yourself. Karaf's
 * console output goes to {@code target/karaf-logs/<id>.out}; on stop, {@code data/log/karaf.log}
 * is copied next to it. The copy is deleted on stop unless {@code -Djwps.it.keep=true}.
 *
 * <p>Configuration (system properties, set by failsafe): {@code jwps.assembly.dir} (the
 * assembly to copy), {@code jwps.build.dir} (where runs and logs go),
 * {@code jwps.it.startTimeoutSeconds} (default 120).
 *
 * <p>Not thread-safe: drive one instance from one test thread.
 */
public class KarafDistribution extends ExternalResource {

    /** Ready when GetCapabilities answers 200: the runtime servlet is registered and configured. */
    public static final Readiness WPS_CAPABILITIES = new Readiness(
            "/wps?service=WPS&request=GetCapabilities", status -> status == 200);

    /** Ready as soon as Pax Web answers anything on the HTTP port (404 included). */
    public static final Readiness HTTP_ANSWERS = new Readiness("/", status -> status > 0);

    private static final String USER = "karaf";
    private static final String PASSWORD = "karaf";
    private static final AtomicInteger RUNS = new AtomicInteger();

    private final Path assembly;
    private final Path buildDir;
    private final Duration startTimeout;
    private Readiness readiness = WPS_CAPABILITIES;
    private final java.util.Map<String, String> wpsSettings = new java.util.LinkedHashMap<>();

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private Path home;
    private String id;
    private Path consoleLog;
    private Process process;
    private int httpPort;
    private int sshPort;

    /** A distribution built from {@code jwps.assembly.dir} (default {@code target/assembly}). */
    public KarafDistribution() {
        this(Paths.get(System.getProperty("jwps.assembly.dir", "target/assembly")));
    }

    /** A distribution copied from the given assembly directory. */
    public KarafDistribution(Path assembly) {
        this.assembly = assembly.toAbsolutePath();
        this.buildDir = Paths.get(System.getProperty("jwps.build.dir", "target")).toAbsolutePath();
        this.startTimeout = Duration.ofSeconds(Long.getLong("jwps.it.startTimeoutSeconds", 120));
    }

    /**
     * Changes what "started" means (default {@link #WPS_CAPABILITIES}); call before start.
     *
     * @return this, for chaining
     */
    public KarafDistribution readyWhen(Readiness readiness) {
        this.readiness = readiness;
        return this;
    }

    /**
     * Sets a JWPS setting in {@code etc/org.jwps.cfg} of the copy; call before start. The
     * {@code url} setting is always set to this run's own address.
     *
     * @return this, for chaining
     */
    public KarafDistribution withSetting(String key, String value) {
        wpsSettings.put(key, value);
        return this;
    }

    @Override
    protected void before() throws Throwable {
        start();
    }

    @Override
    protected void after() {
        stop();
    }

    /**
     * Copies the assembly to a fresh directory, assigns free ports, starts Karaf and waits
     * until it is ready.
     *
     * @throws AssertionError if Karaf exits or is not ready within the start timeout; the
     *         message carries the tail of {@code data/log/karaf.log}
     */
    public void start() throws IOException, InterruptedException {
        if (process != null) {
            throw new IllegalStateException("already started: " + home);
        }
        if (!Files.isExecutable(assembly.resolve("bin/karaf"))) {
            throw new IllegalStateException("no Karaf assembly at " + assembly
                    + " (run mvn package in distribution/ first)");
        }
        id = "karaf-" + ProcessHandle.current().pid() + "-" + RUNS.incrementAndGet();
        Path runs = Files.createDirectories(buildDir.resolve("karaf-runs"));
        home = Files.createTempDirectory(runs, id + "-");
        try {
            copyTree(assembly, home);
            assignPorts();
        } catch (IOException | RuntimeException e) {
            stop();
            throw e;
        }
        launch(); // cleans up after itself when Karaf does not come up
    }

    /**
     * Stops Karaf ({@code bin/stop}, then SIGTERM, then SIGKILL) and waits for it to exit, keeps
     * its log, and deletes the copy unless {@code -Djwps.it.keep=true}. Safe to call twice.
     */
    public void stop() {
        if (home == null) {
            return;
        }
        try {
            shutdown();
            keepKarafLog();
        } finally {
            if (!Boolean.getBoolean("jwps.it.keep")) {
                deleteTree(home);
            }
            home = null;
        }
    }

    /**
     * Stops Karaf and starts it again on the same copy and ports: bundles installed at runtime,
     * {@code deploy/} and {@code etc/} survive, as after an operator's restart.
     */
    public void restart() throws IOException, InterruptedException {
        if (home == null) {
            throw new IllegalStateException("not started");
        }
        shutdown();
        launch();
    }

    /**
     * Kills Karaf's JVM at once (SIGKILL, as a crash or power cut would end it) and starts it
     * again on the same copy and ports.
     */
    public void crashAndRestart() throws IOException, InterruptedException {
        if (home == null) {
            throw new IllegalStateException("not started");
        }
        kill(true);
        process.waitFor(20, TimeUnit.SECONDS);
        process = null;
        launch();
    }

    /** {@code http://127.0.0.1:<port>}, without a trailing slash. */
    public String baseUrl() {
        return "http://127.0.0.1:" + httpPort;
    }

    /** {@code http://127.0.0.1:<port>/wps}. */
    public String wpsUrl() {
        return baseUrl() + "/wps";
    }

    /** Root of this run's copy of the assembly (contains {@code deploy/}, {@code etc/}, {@code data/}). */
    public Path home() {
        return home;
    }

    /** The hot deployment folder of this run. */
    public Path deployDir() {
        return home.resolve("deploy");
    }

    public int httpPort() {
        return httpPort;
    }

    public int sshPort() {
        return sshPort;
    }

    /** The shared HTTP client used for readiness checks; handy for tests. */
    public HttpClient httpClient() {
        return http;
    }

    /** GETs {@code baseUrl() + pathAndQuery} and returns the response with its body as a string. */
    public HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + pathAndQuery))
                .timeout(Duration.ofSeconds(30)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * Runs one Karaf shell command through {@code bin/client} (user karaf) and returns its output.
     *
     * @throws AssertionError if the client fails or takes longer than 60 s
     */
    public String client(String command) throws IOException, InterruptedException {
        awaitPort(sshPort, Instant.now().plusSeconds(60));
        List<String> cmd = List.of(home.resolve("bin/client").toString(),
                "-h", "127.0.0.1", "-a", Integer.toString(sshPort),
                "-u", USER, "-p", PASSWORD, "-r", "10", "-d", "2", command);
        Path out = Files.createTempFile(Files.createDirectories(home.resolve("data/tmp")), "client-", ".out");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(home.toFile())
                .redirectErrorStream(true).redirectOutput(out.toFile());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process client = pb.start();
        // Keep the client's stdin open while it runs: Karaf 4.4's client closes the command
        // channel as soon as it reads EOF on stdin, often before the command has run.
        try (OutputStream stdin = client.getOutputStream()) {
            if (!client.waitFor(60, TimeUnit.SECONDS)) {
                client.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                throw new AssertionError("bin/client '" + command + "' timed out");
            }
        }
        String output = Files.readString(out, StandardCharsets.UTF_8);
        Files.deleteIfExists(out);
        if (client.exitValue() != 0) {
            throw new AssertionError("bin/client '" + command + "' exited " + client.exitValue()
                    + ":\n" + output);
        }
        return output;
    }

    /** The last {@code lines} lines of this run's {@code data/log/karaf.log} (empty if none yet). */
    public String karafLogTail(int lines) {
        return tail(home == null ? null : home.resolve("data/log/karaf.log"), lines);
    }

    private void assignPorts() throws IOException {
        httpPort = freePort();
        sshPort = freePort();
        Path etc = home.resolve("etc");
        setProperty(etc.resolve("org.ops4j.pax.web.cfg"), "org.osgi.service.http.port", Integer.toString(httpPort));
        setProperty(etc.resolve("org.apache.karaf.shell.cfg"), "sshPort", Integer.toString(sshPort));
        setProperty(etc.resolve("org.apache.karaf.shell.cfg"), "sshHost", "127.0.0.1");
        Path management = etc.resolve("org.apache.karaf.management.cfg");
        if (Files.exists(management)) { // only when the management feature is in the assembly
            setProperty(management, "rmiRegistryPort", Integer.toString(freePort()));
            setProperty(management, "rmiServerPort", Integer.toString(freePort()));
            setProperty(management, "rmiRegistryHost", "127.0.0.1");
            setProperty(management, "rmiServerHost", "127.0.0.1");
        }
        // the shutdown port used by bin/stop is random already (karaf.shutdown.port=0)
        Path wps = etc.resolve("org.jwps.cfg");
        setProperty(wps, "url", "http://127.0.0.1:" + httpPort + "/wps");
        for (java.util.Map.Entry<String, String> setting : wpsSettings.entrySet()) {
            setProperty(wps, setting.getKey(), setting.getValue());
        }
    }

    private void launch() throws IOException, InterruptedException {
        Path logs = Files.createDirectories(buildDir.resolve("karaf-logs"));
        consoleLog = logs.resolve(id + ".out");
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(consoleLog.toFile()));
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().put("CHECK_ROOT_INSTANCE_RUNNING", "false");
        pb.environment().remove("KARAF_DEBUG");
        Instant started = Instant.now();
        process = pb.start();
        process.getOutputStream().close();
        awaitReady(started);
    }

    private void awaitReady(Instant started) throws InterruptedException {
        Instant deadline = started.plus(startTimeout);
        URI uri = URI.create(baseUrl() + readiness.pathAndQuery());
        String last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                String message = "Karaf exited with " + process.exitValue() + " while starting " + home
                        + "\n--- " + consoleLog + " ---\n" + tail(consoleLog, 40)
                        + "\n--- karaf.log ---\n" + karafLogTail(80);
                stop();
                throw new AssertionError(message);
            }
            try {
                HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build();
                int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (readiness.isReady().test(status)) {
                    System.out.printf("[%s] Karaf ready (%s -> %d) after %d ms%n", id, uri, status,
                            Duration.between(started, Instant.now()).toMillis());
                    return;
                }
                last = "HTTP " + status;
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(250);
        }
        String message = "Karaf not ready within " + startTimeout.toSeconds() + " s: " + uri + " -> " + last
                + "\n--- karaf.log (" + home + ") ---\n" + karafLogTail(80);
        stop();
        throw new AssertionError(message);
    }

    private void shutdown() {
        if (process == null) {
            return;
        }
        try {
            if (process.isAlive()) {
                runStopScript();
            }
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                kill(false);
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    kill(true);
                    process.waitFor(20, TimeUnit.SECONDS);
                }
            }
        } catch (InterruptedException e) {
            kill(true);
            Thread.currentThread().interrupt();
        } finally {
            process = null;
        }
    }

    private void runStopScript() throws InterruptedException {
        try {
            ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/stop").toString())
                    .directory(home.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(consoleLog.toFile()));
            pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
            Process stop = pb.start();
            if (!stop.waitFor(30, TimeUnit.SECONDS)) {
                stop.destroyForcibly();
            }
        } catch (IOException e) {
            // fall through to SIGTERM in shutdown()
        }
    }

    /** bin/karaf is a shell loop with the JVM as its child: signal the whole tree, children first. */
    private void kill(boolean forcibly) {
        Process p = process;
        if (p == null) {
            return;
        }
        p.descendants().forEach(h -> {
            if (forcibly) {
                h.destroyForcibly();
            } else {
                h.destroy();
            }
        });
        if (forcibly) {
            p.destroyForcibly();
        } else {
            p.destroy();
        }
    }

    private void keepKarafLog() {
        Path log = home.resolve("data/log/karaf.log");
        if (Files.exists(log) && consoleLog != null) {
            try {
                Files.copy(log, consoleLog.resolveSibling(id + "-karaf.log"), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                System.err.println("[" + id + "] could not keep " + log + ": " + e);
            }
        }
    }

    private static void awaitPort(int port, Instant deadline) throws InterruptedException {
        while (true) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
                return;
            } catch (IOException e) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("nothing listens on 127.0.0.1:" + port, e);
                }
                Thread.sleep(250);
            }
        }
    }

    /** A port free right now on the loopback interface. */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    /**
     * Sets {@code key = value} in a Karaf .cfg/.properties file, replacing an existing (possibly
     * commented-out) assignment in place so the file's comments stay, or appending it.
     */
    static void setProperty(Path file, String key, String value) throws IOException {
        List<String> lines = Files.exists(file)
                ? new ArrayList<>(Files.readAllLines(file, StandardCharsets.ISO_8859_1))
                : new ArrayList<>();
        Pattern assignment = Pattern.compile("^\\s*" + Pattern.quote(key) + "\\s*[=:].*");
        Pattern commented = Pattern.compile("^\\s*#\\s*" + Pattern.quote(key) + "\\s*[=:].*");
        String line = key + " = " + value;
        int at = indexOf(lines, assignment);
        if (at < 0) {
            at = indexOf(lines, commented);
        }
        if (at >= 0) {
            lines.set(at, line);
        } else {
            lines.add(line);
        }
        Files.write(file, lines, StandardCharsets.ISO_8859_1);
    }

    private static int indexOf(List<String> lines, Pattern pattern) {
        for (int i = 0; i < lines.size(); i++) {
            if (pattern.matcher(lines.get(i)).matches()) {
                return i;
            }
        }
        return -1;
    }

    private static String tail(Path file, int lines) {
        if (file == null || !Files.exists(file)) {
            return "(no " + file + ")";
        }
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(cannot read " + file + ": " + e + ")";
        }
    }

    /**
     * Copies the assembly, leaving out what a run of Karaf in place (someone tried
     * {@code target/assembly/bin/karaf}) leaves behind: bundle cache, logs, instance registry,
     * lock and pid files. The copy starts like a freshly unpacked archive.
     */
    private static void copyTree(Path from, Path to) throws IOException {
        Set<Path> runtimeState = Set.of(from.resolve("data"), from.resolve("instances"),
                from.resolve("lock"), from.resolve("karaf.pid"));
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (runtimeState.contains(dir)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(to.resolve(from.relativize(dir)));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (runtimeState.contains(file)) {
                    return FileVisitResult.CONTINUE;
                }
                // COPY_ATTRIBUTES keeps the executable bits of bin/*
                Files.copy(file, to.resolve(from.relativize(file)),
                        StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
                return FileVisitResult.CONTINUE;
            }
        });
        Files.createDirectories(to.resolve("data/tmp"));
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root, e);
        }
    }

    /**
     * What "started" means: the HTTP status of a GET on a path that signals readiness.
     *
     * @param pathAndQuery path and query relative to {@link #baseUrl()}
     * @param isReady      true for a status that means ready
     */
    public record Readiness(String pathAndQuery, Predicate<Integer> isReady) {
    }
}
