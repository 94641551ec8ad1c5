package org.jwps.itests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Predicate;

/**
 * Waits for the offer of a running server to change. Used from black-box tests and, inside
 * Karaf, from Pax Exam tests (only JDK classes, so the probe needs nothing more).
 */
final class Capabilities {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private Capabilities() {
    }

    /**
     * Polls GetCapabilities until it answers 200 with a body meeting the condition.
     *
     * @return that body
     * @throws AssertionError with the last answer when the condition is not met within 30 s
     */
    static String await(HttpClient http, String wpsUrl, Predicate<String> condition) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(wpsUrl + "?service=WPS&request=GetCapabilities"))
                .timeout(Duration.ofSeconds(10)).build();
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        String last = "(no answer)";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                last = response.body();
                if (response.statusCode() == 200 && condition.test(last)) {
                    return last;
                }
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("GetCapabilities did not change as expected within " + PATIENCE + "; last answer: "
                + last);
    }
}
