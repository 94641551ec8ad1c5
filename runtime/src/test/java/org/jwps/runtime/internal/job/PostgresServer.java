package org.jwps.runtime.internal.job;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A private PostgreSQL server for tests: a fresh cluster in a temporary folder, listening on a
 * free loopback port, with trust authentication for the user {@code jwps}. Needs the server
 * binaries of Debian's {@code postgresql} package ({@code .ci/run} installs them). As root, the
 * cluster runs as the {@code postgres} user, since PostgreSQL refuses to run as root.
 */
public final class PostgresServer implements AutoCloseable {
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final Path bin;
    private final Path data;
    private final int port;
    private final boolean asPostgresUser;

    private PostgresServer(Path bin, Path data, int port, boolean asPostgresUser) {
        this.bin = bin;
        this.data = data;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    /**
     * Creates and starts a cluster.
     *
     * @param durable false to skip fsync (tests), true to keep PostgreSQL's defaults (benchmarks)
     * @return the running server
     * @throws IOException if PostgreSQL is not installed or does not start
     */
    public static PostgresServer start(boolean durable) throws IOException {
        Path bin = findBinaries();
        boolean root = "root".equals(System.getProperty("user.name"));
        Path data = Files.createTempDirectory("jwps-pg-");
        PostgresServer server = new PostgresServer(bin, data, freePort(), root);
        if (root) {
            server.run("chown", "-R", "postgres:postgres", data.toString());
        }
        server.runAs(bin.resolve("initdb").toString(), "-D", data.resolve("cluster").toString(), "-U", "jwps",
                "-A", "trust", "-E", "UTF8", "--no-sync");
        String options = "-p " + server.port + " -c listen_addresses=127.0.0.1 -k " + data
                + " -c max_connections=200" + (durable ? "" : " -c fsync=off -c synchronous_commit=off");
        server.runAs(bin.resolve("pg_ctl").toString(), "-D", data.resolve("cluster").toString(), "-o", options,
                "-l", data.resolve("server.log").toString(), "-w", "-t", "60", "start");
        return server;
    }

    private static Path findBinaries() throws IOException {
        Path root = Paths.get("/usr/lib/postgresql");
        if (Files.isDirectory(root)) {
            try (Stream<Path> versions = Files.list(root)) {
                List<Path> bins = versions.map(v -> v.resolve("bin"))
                        .filter(b -> Files.isExecutable(b.resolve("initdb")))
                        .sorted(Comparator.comparing(p -> Integer.parseInt(p.getParent().getFileName().toString()
                                .replaceAll("\\D", "0")))).toList();
                if (!bins.isEmpty()) {
                    return bins.get(bins.size() - 1);
                }
            }
        }
        throw new IOException("PostgreSQL server binaries not found under /usr/lib/postgresql: "
                + "apt-get install postgresql (.ci/run does)");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** @return the server's port on 127.0.0.1 */
    public int port() {
        return port;
    }

    /**
     * Creates a new, empty database.
     *
     * @return its JDBC URL, with the user in it
     * @throws SQLException if it cannot be created
     */
    public String newDatabase() throws SQLException {
        String name = "jwps_" + DATABASES.incrementAndGet();
        try (Connection c = DriverManager.getConnection(url("postgres")); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return url(name);
    }

    private String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=jwps";
    }

    @Override
    public void close() throws IOException {
        try {
            runAs(bin.resolve("pg_ctl").toString(), "-D", data.resolve("cluster").toString(), "-m", "immediate",
                    "-w", "stop");
        } finally {
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private void runAs(String... command) throws IOException {
        if (!asPostgresUser) {
            run(command);
            return;
        }
        List<String> wrapped = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
        wrapped.addAll(List.of(command));
        run(wrapped.toArray(String[]::new));
    }

    private void run(String... command) throws IOException {
        Path log = Files.createTempFile("jwps-pg-cmd-", ".log");
        try {
            java.lang.Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).directory(data.toFile()).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not finish");
            }
            if (process.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed: " + Files.readString(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
