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

    @Inject
    private BundleContext bundleContext;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    public void aProcessBundleComesAndGoesAtRuntime() throws Exception {
        awaitActive(bundleContext, "org.jwps.jwps-sample-processes", 60, TimeUnit.SECONDS);
        String capabilities = Capabilities.await(http, wpsUrl(),
                body -> body.contains(">say_hello<") && body.contains(">echo<"));
        assertTrue(capabilities, capabilities.contains(">ultimate_question<"));
        assertFalse(capabilities.contains(PROCESS));

        File jar = new File(System.getProperty("jwps.test.processes.jar"));
        Bundle bundle = bundleContext.installBundle(jar.toURI().toString());
        bundle.start();

        Capabilities.await(http, wpsUrl(), body -> body.contains(">" + PROCESS + "<"));
        String description = get("service=WPS&version=1.0.0&request=DescribeProcess&identifier=" + PROCESS).body();
        assertTrue(description, description.contains("<ows:Identifier>text</ows:Identifier>"));
        HttpResponse<String> executed = get("service=WPS&version=1.0.0&request=Execute&identifier=" + PROCESS
                + "&DataInputs=text=osgi");
        assertEquals(executed.body(), 200, executed.statusCode());
        assertTrue(executed.body(), executed.body().contains(">OSGI</wps:LiteralData>"));
        formatAndValidatorOfTheBundleApply();

        bundle.uninstall();
        assertEquals("the bundle's Format service is withdrawn", 0, formats(FORMAT_FILTER));

        Capabilities.await(http, wpsUrl(), body -> !body.contains(PROCESS));
        HttpResponse<String> gone = get("service=WPS&version=1.0.0&request=Execute&identifier=" + PROCESS
                + "&DataInputs=text=osgi");
        assertEquals(gone.body(), 400, gone.statusCode());
        assertTrue(gone.body(), gone.body().contains("exceptionCode=\"InvalidParameterValue\""));
        assertTrue(gone.body(), gone.body().contains("locator=\"Identifier\""));
        HttpResponse<String> described = get("service=WPS&version=1.0.0&request=DescribeProcess&identifier=" + PROCESS);
        assertEquals(described.body(), 400, described.statusCode());
    }

    private static final String FORMAT_FILTER = "(jwps.format.mimetype=application/x-jwps-test)";

    /**
     * The bundle also brings a format the server did not know, with its Validator, and a process
     * taking it at mode STRICT: valid data runs, invalid data is refused with the validator's words.
     */
    private void formatAndValidatorOfTheBundleApply() throws Exception {
        assertEquals(1, formats(FORMAT_FILTER));
        String execute = "service=WPS&version=1.0.0&request=Execute&identifier=test_format&DataInputs=data=";
        HttpResponse<String> valid = get(execute + "JWPS-TEST:12345@mimeType=application/x-jwps-test");
        assertEquals(valid.body(), 200, valid.statusCode());
        assertTrue(valid.body(), valid.body().contains(">15</wps:LiteralData>"));
        HttpResponse<String> invalid = get(execute + "nonsense@mimeType=application/x-jwps-test");
        assertEquals(invalid.body(), 400, invalid.statusCode());
        assertTrue(invalid.body(), invalid.body().contains("exceptionCode=\"InvalidParameterValue\""));
        assertTrue(invalid.body(), invalid.body().contains("locator=\"data\""));
        assertTrue(invalid.body(), invalid.body().contains("does not start with JWPS-TEST:"));
    }

    private int formats(String filter) throws Exception {
        return bundleContext.getServiceReferences(org.jwps.api.Format.class, filter).size();
    }

    private HttpResponse<String> get(String query) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(wpsUrl() + "?" + query)).timeout(Duration.ofSeconds(10))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
