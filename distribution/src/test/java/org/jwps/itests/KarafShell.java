package org.jwps.itests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;

/**
 * In the container: runs shell commands through Karaf's {@link SessionFactory}, as typed in the
 * console, waiting for the wps commands to be registered (Karaf's shell extender adds them
 * shortly after the runtime bundle starts).
 */
final class KarafShell implements AutoCloseable {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final SessionFactory sessions;
    private final ExecutorService thread = Executors.newSingleThreadExecutor();

    KarafShell(SessionFactory sessions) {
        this.sessions = sessions;
    }

    /**
     * @param command a command line
     * @return what it printed
     * @throws AssertionError if it fails or takes longer than 60 s
     */
    String run(String command) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
            Session session = sessions.create(new ByteArrayInputStream(new byte[0]), print, print);
            try {
                Future<Object> result = thread.submit(() -> session.execute(command));
                result.get(60, TimeUnit.SECONDS);
                return out.toString(StandardCharsets.UTF_8);
            } catch (ExecutionException e) {
                boolean notYet = e.getCause() != null && e.getCause().getClass().getSimpleName()
                        .equals("CommandNotFoundException");
                if (!notYet || System.nanoTime() > deadline) {
                    throw new AssertionError("'" + command + "' failed: " + out.toString(StandardCharsets.UTF_8),
                            e.getCause());
                }
                Thread.sleep(200);
            } finally {
                session.close();
            }
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
