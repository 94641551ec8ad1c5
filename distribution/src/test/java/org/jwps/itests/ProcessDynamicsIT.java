package org.jwps.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * A process bundle installed at runtime is offered at once; uninstalled, it is gone and
 * executing it is an InvalidParameterValue on {@code Identifier}.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ProcessDynamicsIT extends JwpsPaxExamSupport {
    private static final String PROCESS = "test_uppercase";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    private BundleContext bundleContext;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    public void aProcessBundleComesAndGoesAtRuntime() throws Exception {
        awaitActive(bundleContext, "org.jwps.jwps-sample-processes", 60, TimeUnit.SECONDS);
        String capabilities = await("service=WPS&request=GetCapabilities",
                body -> body.contains(">say_hello<") && body.contains(">echo<"));
        assertTrue(capabilities, capabilities.contains(">ultimate_question<"));
        assertFalse(capabilities.contains(PROCESS));

        File jar = new File(System.getProperty("jwps.test.processes.jar"));
        Bundle bundle = bundleContext.installBundle(jar.toURI().toString());
        bundle.start();

        await("service=WPS&request=GetCapabilities", body -> body.contains(">" + PROCESS + "<"));
        String description = get("service=WPS&version=1.0.0&request=DescribeProcess&identifier=" + PROCESS).body();
        assertTrue(description, description.contains("<ows:Identifier>text</ows:Identifier>"));
        HttpResponse<String> executed = get("service=WPS&version=1.0.0&request=Execute&identifier=" + PROCESS
                + "&DataInputs=text=osgi");
        assertEquals(executed.body(), 200, executed.statusCode());
        assertTrue(executed.body(), executed.body().contains(">OSGI</wps:LiteralData>"));

        bundle.uninstall();

        await("service=WPS&request=GetCapabilities", body -> !body.contains(PROCESS));
        HttpResponse<String> gone = get("service=WPS&version=1.0.0&request=Execute&identifier=" + PROCESS
                + "&DataInputs=text=osgi");
        assertEquals(gone.body(), 400, gone.statusCode());
        assertTrue(gone.body(), gone.body().contains("exceptionCode=\"InvalidParameterValue\""));
        assertTrue(gone.body(), gone.body().contains("locator=\"Identifier\""));
        HttpResponse<String> described = get("service=WPS&version=1.0.0&request=DescribeProcess&identifier=" + PROCESS);
        assertEquals(described.body(), 400, described.statusCode());
    }

    private HttpResponse<String> get(String query) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(wpsUrl() + "?" + query)).timeout(Duration.ofSeconds(10))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Polls until the body satisfies the condition; fails with the last body after a bounded time. */
    private String await(String query, Predicate<String> condition) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        String body = "(no answer)";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = get(query);
                body = response.body();
                if (response.statusCode() == 200 && condition.test(body)) {
                    return body;
                }
            } catch (java.io.IOException e) {
                body = e.toString();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("condition not met within " + PATIENCE + "; last answer: " + body);
    }
}
