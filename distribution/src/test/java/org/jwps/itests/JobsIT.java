package org.jwps.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.jwps.runtime.internal.xml.WpsSchemas.assertValid;
import static org.jwps.runtime.internal.xml.WpsSchemas.xpath;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Predicate;

import org.junit.ClassRule;
import org.junit.Test;

/**
 * Asynchronous jobs on the real distribution, as clients and operators see them: status
 * documents over HTTP, the {@code wps:job-*} and {@code wps:execute} shell commands through
 * {@code bin/client}, and what a graceful restart and a crash (SIGKILL) leave of every job.
 */
public class JobsIT {
    @ClassRule
    public static final KarafDistribution KARAF = new KarafDistribution()
            .withSetting("parallelprocesses", "1")
            .withSetting("status_interval", "100ms");

    private static final String ASYNC = "&storeExecuteResponse=true&status=true";

    /** Submits an asynchronous Execute; returns its status location. */
    private static String submit(String query) throws Exception {
        HttpResponse<String> response = KARAF.get("/wps?service=WPS&version=1.0.0&request=Execute&" + query + ASYNC);
        assertEquals(response.body(), 200, response.statusCode());
        byte[] body = response.body().getBytes(StandardCharsets.UTF_8);
        assertValid(body);
        assertEquals("ProcessAccepted", status(body));
        return xpath(body, "/wps:ExecuteResponse/@statusLocation");
    }

    private static String id(String location) {
        return location.substring(location.lastIndexOf('/') + 1, location.length() - ".xml".length());
    }

    private static String status(byte[] document) {
        return xpath(document, "local-name(/wps:ExecuteResponse/wps:Status/*)");
    }

    private static HttpResponse<String> fetch(String url) throws Exception {
        return KARAF.httpClient().send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Polls a status document until the condition holds; each version must be schema-valid. */
    private static byte[] await(String location, Predicate<byte[]> condition) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = fetch(location);
            if (response.statusCode() == 200) {
                last = response.body();
                byte[] document = last.getBytes(StandardCharsets.UTF_8);
                assertValid(document);
                if (condition.test(document)) {
                    return document;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("status of " + location + " never reached; last: " + last);
    }

    private static Predicate<byte[]> is(String status) {
        return d -> status.equals(status(d));
    }

    @Test
    public void jobsSurviveRestartsAndCrashesAndTheShellManagesThem() throws Exception {
        // a finished job with an output by reference
        String finished = submit("identifier=say_hello&DataInputs=name=Before&ResponseDocument=response@asReference=true");
        byte[] done = await(finished, is("ProcessSucceeded"));
        String output = xpath(done, "//wps:Output/wps:Reference/@href");
        assertEquals("Hello Before", fetch(output).body());

        // a long job in the only slot, and one waiting behind it
        String running = submit("identifier=sleep&DataInputs=delay=60");
        byte[] started = await(running, is("ProcessStarted"));
        assertEquals("0", xpath(started, "//wps:ProcessStarted/@percentCompleted"));
        String waiting = submit("identifier=say_hello&DataInputs=name=After");
        assertEquals("ProcessAccepted", status(fetch(waiting).body().getBytes(StandardCharsets.UTF_8)));

        String list = KARAF.client("wps:job-list");
        assertTrue(list, list.contains(id(running)) && list.contains("running"));
        assertTrue(list, list.contains(id(waiting)) && list.contains("accepted"));
        String show = KARAF.client("wps:job-show " + id(running));
        assertTrue(show, show.contains("sleep") && show.contains("(this node)"));

        KARAF.restart();

        byte[] stopped = await(running, is("ProcessFailed"));
        assertTrue(xpath(stopped, "//ows:ExceptionText"), xpath(stopped, "//ows:ExceptionText")
                .contains("server stopped"));
        byte[] after = await(waiting, is("ProcessSucceeded"));
        assertEquals("Hello After", xpath(after, "//wps:LiteralData"));
        assertEquals("finished jobs stay reachable", "ProcessSucceeded",
                status(fetch(finished).body().getBytes(StandardCharsets.UTF_8)));
        assertEquals("Hello Before", fetch(output).body());

        // a crash: nothing marks the job failed before the JVM dies; the next start does
        String crashed = submit("identifier=sleep&DataInputs=delay=60");
        await(crashed, is("ProcessStarted"));
        String queued = submit("identifier=say_hello&DataInputs=name=Crash");
        KARAF.crashAndRestart();
        byte[] lost = await(crashed, is("ProcessFailed"));
        assertTrue(xpath(lost, "//ows:ExceptionText").contains("server stopped"));
        assertEquals("Hello Crash", xpath(await(queued, is("ProcessSucceeded")), "//wps:LiteralData"));

        // an operator dismisses a running job
        String dismissed = submit("identifier=sleep&DataInputs=delay=60");
        await(dismissed, is("ProcessStarted"));
        String cancel = KARAF.client("wps:job-cancel " + id(dismissed));
        assertTrue(cancel, cancel.contains("dismissed"));
        byte[] failed = await(dismissed, is("ProcessFailed"));
        assertTrue(xpath(failed, "//ows:ExceptionText").contains("dismissed by an operator"));

        String failedList = KARAF.client("wps:job-list --status failed --process sleep");
        assertTrue(failedList, failedList.contains(id(running)) && failedList.contains(id(crashed))
                && failedList.contains(id(dismissed)) && !failedList.contains(id(waiting)));

        KARAF.client("wps:job-purge");
        assertEquals("purged with its status document", 404, fetch(finished).statusCode());
        assertEquals("and its outputs", 404, fetch(output).statusCode());
    }

    @Test
    public void theShellListsAndExecutesProcesses() throws Exception {
        String processes = KARAF.client("wps:process-list");
        assertTrue(processes, processes.contains("say_hello") && processes.contains("jwps-sample-processes"));
        String sync = KARAF.client("wps:execute say_hello name=Shell");
        assertTrue(sync, sync.contains("response = Hello Shell"));
        String async = KARAF.client("wps:execute --async sleep delay=0.05");
        assertTrue(async, async.contains("accepted") && async.contains("succeeded 100 %")
                && async.contains("sleep_output = done sleeping"));
        String invalid = KARAF.client("wps:execute sleep delay=9999");
        assertTrue(invalid, invalid.contains("InvalidParameterValue (delay)"));

        String described = KARAF.client("wps:process-describe buffer");
        assertTrue(described, described.contains("buffer") && described.contains("poly_in")
                && described.contains("application/gml+xml"));
        String docs = KARAF.client("wps:process-docs");
        for (String id : new String[] {"say_hello", "sleep", "buffer", "boundingbox", "literal_types"}) {
            assertTrue(id, docs.contains(id));
        }
        String formats = KARAF.client("wps:format-list");
        assertTrue(formats, formats.contains("application/geo+json") && formats.contains("application/x-zipped-shp"));
        String validators = KARAF.client("wps:validator-list");
        assertTrue(validators, validators.contains("application/gml+xml") && validators.contains("org.jwps.validators"));
    }
}
