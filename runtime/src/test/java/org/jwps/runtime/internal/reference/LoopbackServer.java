package org.jwps.runtime.internal.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on loopback for reference tests, with the hostile peers a WPS meets:
 * <ul>
 * <li>{@code /data/<name>}: content set with {@link #put}, counted in {@link #hits(String)};</li>
 * <li>{@code /echo}: answers the request's method, {@code X-Test} header and body;</li>
 * <li>{@code /status/<code>}: answers that status;</li>
 * <li>{@code /endless}: streams zeros without a Content-Length until the client gives up;</li>
 * <li>{@code /trickle}: one byte a second;</li>
 * </ul>
 * and {@link #silentUrl()}, a socket that accepts connections and never answers.
 */
public final class LoopbackServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "loopback-http");
        t.setDaemon(true);
        return t;
    });
    private final ServerSocket silent;
    private final List<Socket> held = new ArrayList<>();
    private final Map<String, byte[]> content = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    public LoopbackServer() throws IOException {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        server = HttpServer.create(new InetSocketAddress(loopback, 0), 16);
        server.setExecutor(threads);
        server.createContext("/data/", this::data);
        server.createContext("/echo", this::echo);
        server.createContext("/status/", e -> answer(e, Integer.parseInt(e.getRequestURI().getPath().substring(8)),
                "status".getBytes(StandardCharsets.UTF_8)));
        server.createContext("/endless", this::endless);
        server.createContext("/trickle", this::trickle);
        server.start();
        silent = new ServerSocket(0, 16, loopback);
        threads.execute(this::holdSilently);
    }

    /** @return the base URL, e.g. {@code http://127.0.0.1:41234} */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** @return a URL whose server accepts the connection and never says a word */
    public String silentUrl() {
        return "http://127.0.0.1:" + silent.getLocalPort() + "/silent";
    }

    /** @return the URL of {@code /data/<name>}, now serving the given content */
    public String put(String name, byte[] data) {
        content.put(name, data);
        return url() + "/data/" + name;
    }

    /** @return how often {@code /data/<name>} was requested */
    public int hits(String name) {
        return hits.computeIfAbsent(name, k -> new AtomicInteger()).get();
    }

    private void data(HttpExchange e) throws IOException {
        String name = e.getRequestURI().getPath().substring(6);
        hits.computeIfAbsent(name, k -> new AtomicInteger()).incrementAndGet();
        byte[] body = content.get(name);
        if (body == null) {
            answer(e, 404, "no such data".getBytes(StandardCharsets.UTF_8));
        } else {
            answer(e, 200, body);
        }
    }

    private void echo(HttpExchange e) throws IOException {
        byte[] body;
        try (InputStream in = e.getRequestBody()) {
            body = in.readAllBytes();
        }
        String text = e.getRequestMethod() + "|" + e.getRequestHeaders().getFirst("X-Test") + "|"
                + new String(body, StandardCharsets.UTF_8);
        answer(e, 200, text.getBytes(StandardCharsets.UTF_8));
    }

    private void endless(HttpExchange e) throws IOException {
        e.sendResponseHeaders(200, 0); // chunked, no length announced
        byte[] zeros = new byte[64 * 1024];
        try (OutputStream out = e.getResponseBody()) {
            for (int i = 0; i < 1_000_000; i++) { // 64 GB: the client must stop first
                out.write(zeros);
            }
        } catch (IOException expected) {
            // the client hung up
        }
    }

    private void trickle(HttpExchange e) throws IOException {
        e.sendResponseHeaders(200, 0);
        try (OutputStream out = e.getResponseBody()) {
            for (int i = 0; i < 600; i++) {
                out.write('x');
                out.flush();
                Thread.sleep(1000);
            }
        } catch (IOException | InterruptedException expected) {
            // the client hung up
        }
    }

    private static void answer(HttpExchange e, int status, byte[] body) throws IOException {
        e.sendResponseHeaders(status, body.length);
        try (OutputStream out = e.getResponseBody()) {
            out.write(body);
        }
    }

    private void holdSilently() {
        while (!silent.isClosed()) {
            try {
                Socket socket = silent.accept();
                synchronized (held) {
                    held.add(socket);
                }
            } catch (IOException closed) {
                return;
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.stop(0);
        silent.close();
        synchronized (held) {
            for (Socket s : held) {
                s.close();
            }
        }
        threads.shutdownNow();
    }
}
