package org.jwps.runtime.internal.job;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.jwps.runtime.internal.xml.WpsSchemas.assertValid;
import static org.jwps.runtime.internal.xml.WpsSchemas.xpath;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.jwps.api.Process;
import org.jwps.runtime.internal.http.TestWps;
import org.jwps.runtime.internal.http.WpsResponse;
import org.jwps.runtime.internal.registry.ProcessRegistry;
import org.jwps.runtime.internal.validation.ValidatorRegistry;

/**
 * Asynchronous Execute (WPS 1.0.0, 10.3: storeExecuteResponse and status) driven step by step
 * through {@link Stepper}: every status a client can see, the queue limits, cancellation, time
 * limits, restart and two nodes on one store; on H2 and on a real PostgreSQL server.
 */
@RunWith(Parameterized.class)
public class AsyncExecuteTest {
    private static final String EXECUTE = "service=WPS&version=1.0.0&request=Execute&identifier=stepper"
            + "&storeExecuteResponse=true&status=true&DataInputs=key=";

    private final String database;
    private final ProcessRegistry registry = new ProcessRegistry();
    private final ValidatorRegistry validators = new ValidatorRegistry();
    private final Stepper stepper = new Stepper();
    private final List<TestWps> servers = new ArrayList<>();
    private String databaseUrl;
    private Path outputs;
    private Path work;

    public AsyncExecuteTest(String database) {
        this.database = database;
    }

    @Parameterized.Parameters(name = "{0}")
    public static List<Object[]> databases() {
        return List.of(new Object[] {"h2"}, new Object[] {"postgresql"});
    }

    @Before
    public void setUp() throws Exception {
        databaseUrl = "h2".equals(database) ? "jdbc:h2:mem:async-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1"
                : TestDatabase.postgres().newDatabase();
        outputs = Files.createTempDirectory("jwps-async-out");
        work = Files.createTempDirectory("jwps-async-work");
        add(stepper, 1);
        add(new org.jwps.api.Process() {
            @Override
            public org.jwps.api.ProcessDescription description() {
                return org.jwps.api.ProcessDescription.builder("nostore").output(org.jwps.api.LiteralOutput
                        .builder("x", org.jwps.api.LiteralType.STRING).build()).build();
            }

            @Override
            public void execute(org.jwps.api.ProcessRequest request, org.jwps.api.ProcessResponse response) {
                response.output("x").setData("x");
            }
        }, 2);
    }

    private void add(Process process, long id) {
        registry.add(new ProcessRegistry.Entry(process, process.description().identifier(), 0, id, "test"));
    }

    @After
    public void tearDown() throws IOException {
        servers.forEach(TestWps::close);
        try (var files = Files.list(work)) {
            assertEquals("work directories are removed", 0, files.count());
        }
        for (Path dir : new Path[] {outputs, work}) {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private TestWps server(String node, Object... settings) {
        Map<String, Object> config = new HashMap<>();
        config.put("database", databaseUrl);
        config.put("outputpath", outputs.toString());
        config.put("workdir", work.toString());
        config.put("url", "http://wps.example.org/wps");
        config.put("node_id", node);
        config.put("status_interval", "20ms");
        config.put("sync_wait", "100ms");
        for (int i = 0; i < settings.length; i += 2) {
            config.put((String) settings[i], settings[i + 1]);
        }
        TestWps server = new TestWps(registry, validators, config);
        servers.add(server);
        return server;
    }

    /** Submits a stepper job and returns its id, checking the ProcessAccepted answer. */
    private static String submit(TestWps server, String key) {
        WpsResponse response = server.service.get(EXECUTE + key);
        assertEquals(new String(response.body()), 200, response.status());
        assertValid(response.body());
        assertEquals("ProcessAccepted", status(response.body()));
        String location = xpath(response.body(), "/wps:ExecuteResponse/@statusLocation");
        assertTrue(location, location.startsWith("http://wps.example.org/wps/outputs/") && location.endsWith(".xml"));
        return location.substring(location.lastIndexOf('/') + 1, location.length() - 4);
    }

    private static String status(byte[] document) {
        return xpath(document, "local-name(/wps:ExecuteResponse/wps:Status/*)");
    }

    private static byte[] document(TestWps server, String id) throws IOException {
        return Files.readAllBytes(server.service.storedOutput(id + ".xml").orElseThrow().file());
    }

    /** Polls the status document until it satisfies the condition; every document seen must be valid. */
    private static byte[] await(TestWps server, String id, Predicate<byte[]> condition) throws Exception {
        long deadline = System.nanoTime() + 20_000_000_000L;
        byte[] last = null;
        while (System.nanoTime() < deadline) {
            last = document(server, id);
            assertValid(last);
            if (condition.test(last)) {
                return last;
            }
            Thread.sleep(5);
        }
        throw new AssertionError("status never reached: " + new String(last));
    }

    /** The status document is written before the record, so a record may lag a moment behind it. */
    private static JobRecord awaitRecord(TestWps server, String id, JobStatus status) throws Exception {
        long deadline = System.nanoTime() + 20_000_000_000L;
        JobRecord record = server.jobs.job(id).orElseThrow();
        while (record.status() != status && System.nanoTime() < deadline) {
            Thread.sleep(5);
            record = server.jobs.job(id).orElseThrow();
        }
        assertEquals(status, record.status());
        return record;
    }

    private static Predicate<byte[]> is(String status) {
        return d -> status.equals(status(d));
    }

    @Test
    public void everyStatusFromAcceptedToSucceeded() throws Exception {
        TestWps server = server("n1", "parallelprocesses", "1");
        String first = submit(server, "first");
        stepper.run("first").awaitStarted();
        String second = submit(server, "second");
        byte[] accepted = document(server, second);
        assertEquals("the only slot is taken", "ProcessAccepted", status(accepted));
        assertEquals("no percentCompleted on ProcessAccepted", "",
                xpath(accepted, "//wps:ProcessAccepted/@percentCompleted"));

        byte[] started = await(server, first, is("ProcessStarted"));
        assertEquals("0", xpath(started, "//wps:ProcessStarted/@percentCompleted"));
        stepper.run("first").progress(25, "a quarter");
        byte[] quarter = await(server, first, d -> "25".equals(xpath(d, "//wps:ProcessStarted/@percentCompleted")));
        assertEquals("a quarter", xpath(quarter, "//wps:ProcessStarted"));
        assertEquals(25, server.jobs.job(first).orElseThrow().percent());
        stepper.run("first").progress(60, "more than half");
        await(server, first, d -> "60".equals(xpath(d, "//wps:ProcessStarted/@percentCompleted")));
        assertEquals("still waiting", "ProcessAccepted", status(document(server, second)));

        stepper.run("first").finish("one");
        byte[] done = await(server, first, is("ProcessSucceeded"));
        assertEquals("one", xpath(done, "//wps:Output[ows:Identifier='result']/wps:Data/wps:LiteralData"));
        assertTrue(xpath(done, "/wps:ExecuteResponse/@statusLocation").endsWith(first + ".xml"));
        JobRecord record = awaitRecord(server, first, JobStatus.SUCCEEDED);
        assertEquals(100, record.percent());
        assertNotNull(record.started());
        assertNotNull(record.finished());

        stepper.run("second").awaitStarted().finish("two");
        await(server, second, is("ProcessSucceeded"));
        assertEquals(1, stepper.run("first").executions());
        assertEquals(1, stepper.run("second").executions());
    }

    @Test
    public void aFailingProcessEndsInProcessFailedWithItsMessage() throws Exception {
        TestWps server = server("n1");
        String id = submit(server, "f");
        stepper.run("f").awaitStarted().fail("the river is dry");
        byte[] failed = await(server, id, is("ProcessFailed"));
        assertEquals("NoApplicableCode",
                xpath(failed, "//wps:ProcessFailed/ows:ExceptionReport/ows:Exception/@exceptionCode"));
        assertEquals("the river is dry", xpath(failed, "//ows:ExceptionText"));
        JobRecord record = awaitRecord(server, id, JobStatus.FAILED);
        assertEquals("the river is dry", record.message());
    }

    @Test
    public void dismissingARunningJobInterruptsItAndDismissingAWaitingOneNeverRunsIt() throws Exception {
        TestWps server = server("n1", "parallelprocesses", "1");
        String running = submit(server, "r");
        stepper.run("r").awaitStarted();
        String waiting = submit(server, "w");
        assertTrue(server.jobs.cancel(waiting, "Job dismissed by the test"));
        byte[] dismissedWaiting = await(server, waiting, is("ProcessFailed"));
        assertEquals("Job dismissed by the test", xpath(dismissedWaiting, "//ows:ExceptionText"));

        assertTrue(server.jobs.cancel(running, "Job dismissed by the test"));
        byte[] dismissed = await(server, running, is("ProcessFailed"));
        assertEquals("Job dismissed by the test", xpath(dismissed, "//ows:ExceptionText"));
        assertTrue("the process saw isCancelled() when interrupted", stepper.run("r").sawCancel());
        awaitRecord(server, running, JobStatus.FAILED);
        assertFalse("a finished job cannot be cancelled", server.jobs.cancel(running, "again"));

        // the slot is free again and the dismissed waiting job never ran
        String next = submit(server, "n");
        stepper.run("n").awaitStarted().finish("n");
        await(server, next, is("ProcessSucceeded"));
        assertFalse(stepper.started("w"));
    }

    @Test
    public void aJobOverItsTimeLimitFails() throws Exception {
        TestWps server = server("n1", "maxexecutiontime.stepper", "300ms");
        String id = submit(server, "slow");
        stepper.run("slow").awaitStarted();
        byte[] failed = await(server, id, is("ProcessFailed"));
        assertTrue(xpath(failed, "//ows:ExceptionText"), xpath(failed, "//ows:ExceptionText").contains("time limit"));
        assertTrue(stepper.run("slow").sawCancel());
    }

    @Test
    public void aSynchronousExecuteOverItsTimeLimitFailsToo() throws Exception {
        TestWps server = server("n1", "maxexecutiontime", "300ms");
        WpsResponse response = server.service.get(EXECUTE.replace("&storeExecuteResponse=true&status=true", "")
                + "sync");
        assertEquals(500, response.status());
        assertTrue(new String(response.body()).contains("time limit"));
        assertTrue(stepper.run("sync").sawCancel());
    }

    @Test
    public void theQueueTakesParallelPlusMaxProcessesAndRefusesTheRest() throws Exception {
        int parallel = 2;
        int queue = 3;
        int excess = 4;
        TestWps server = server("n1", "parallelprocesses", Integer.toString(parallel),
                "maxprocesses", Integer.toString(queue));
        int total = parallel + queue + excess;
        ExecutorService clients = Executors.newFixedThreadPool(total);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<WpsResponse>> answers = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            String key = "q" + i;
            answers.add(clients.submit((Callable<WpsResponse>) () -> {
                go.await();
                return server.service.get(EXECUTE + key);
            }));
        }
        go.countDown();
        List<String> accepted = new ArrayList<>();
        int busy = 0;
        for (Future<WpsResponse> answer : answers) {
            WpsResponse response = answer.get();
            if (response.status() == 503) {
                assertEquals("ServerBusy", xpath(response.body(), "//ows:Exception/@exceptionCode"));
                busy++;
            } else {
                assertEquals(200, response.status());
                String location = xpath(response.body(), "/wps:ExecuteResponse/@statusLocation");
                accepted.add(location.substring(location.lastIndexOf('/') + 1, location.length() - 4));
            }
        }
        clients.shutdown();
        assertEquals("exactly the excess is refused", excess, busy);
        assertEquals(parallel + queue, accepted.size());

        // a synchronous request finds no slot either, and says so instead of hanging
        WpsResponse sync = server.service.get("service=WPS&version=1.0.0&request=Execute&identifier=nostore");
        assertEquals(503, sync.status());

        for (int i = 0; i < total; i++) {
            stepper.run("q" + i).finish("done");
        }
        for (String id : accepted) {
            await(server, id, is("ProcessSucceeded"));
        }
        int ran = 0;
        for (int i = 0; i < total; i++) {
            int executions = stepper.run("q" + i).executions();
            assertTrue("never twice", executions <= 1);
            ran += executions;
        }
        assertEquals("every accepted job ran once", parallel + queue, ran);
    }

    @Test
    public void waitingJobsStartInTheOrderTheyCame() throws Exception {
        TestWps server = server("n1", "parallelprocesses", "1");
        List<String> keys = List.of("a", "b", "c", "d");
        List<String> ids = new ArrayList<>();
        for (String key : keys) {
            ids.add(submit(server, key));
        }
        for (int i = 0; i < keys.size(); i++) {
            stepper.run(keys.get(i)).awaitStarted();
            for (int later = i + 1; later < keys.size(); later++) {
                assertFalse(keys.get(later) + " started before " + keys.get(i) + " ended",
                        stepper.started(keys.get(later)));
            }
            stepper.run(keys.get(i)).finish(keys.get(i));
            await(server, ids.get(i), is("ProcessSucceeded"));
        }
    }

    @Test
    public void storeWithoutStatusRunsAtOnceAndKeepsTheFinalDocument() throws Exception {
        TestWps server = server("n1");
        stepper.run("s").finish("stored");
        WpsResponse response = server.service.get(EXECUTE.replace("&status=true", "") + "s");
        assertEquals(200, response.status());
        assertValid(response.body());
        assertEquals("ProcessSucceeded", status(response.body()));
        String location = xpath(response.body(), "/wps:ExecuteResponse/@statusLocation");
        String id = location.substring(location.lastIndexOf('/') + 1, location.length() - 4);
        assertEquals("stored", xpath(document(server, id), "//wps:LiteralData"));
    }

    @Test
    public void storageOnAProcessWithoutItIsRefused() {
        TestWps server = server("n1");
        for (String flag : new String[] {"storeExecuteResponse", "status"}) {
            WpsResponse response = server.service.get("service=WPS&version=1.0.0&request=Execute&identifier=nostore&"
                    + flag + "=true");
            org.jwps.runtime.internal.xml.WpsSchemas.assertExceptionReport(response.status(), response.body(), 400,
                    "StorageNotSupported", flag);
        }
    }

    @Test
    public void aStopFailsRunningJobsAndAStartRunsTheWaitingOnes() throws Exception {
        TestWps before = server("n1", "parallelprocesses", "1");
        String running = submit(before, "before");
        stepper.run("before").awaitStarted();
        String waiting = submit(before, "after");
        before.close();
        servers.remove(before);
        byte[] stopped = document(before, running);
        assertEquals("ProcessFailed", status(stopped));
        assertTrue(xpath(stopped, "//ows:ExceptionText").contains("server stopped"));

        // a job the store thinks runs here, as after a crash, fails when the node starts again
        Instant now = Instant.now();
        TestWps probe = server("other");
        probe.jobs.store().accept(new JobRecord("lost-job", "stepper", "Stepper", "1.0", true, JobStatus.ACCEPTED, 0,
                "m", "::1", "en-US", null, now, null, null), StoredRequest.kvp(EXECUTE + "lost"));
        assertTrue(probe.jobs.store().claim("lost-job", "n1", now));

        TestWps after = server("n1", "parallelprocesses", "1");
        byte[] lost = await(after, "lost-job", is("ProcessFailed"));
        assertTrue(xpath(lost, "//ows:ExceptionText").contains("server stopped"));
        stepper.run("after").awaitStarted().finish("after the restart");
        byte[] done = await(after, waiting, is("ProcessSucceeded"));
        assertEquals("after the restart", xpath(done, "//wps:LiteralData"));
        awaitRecord(after, running, JobStatus.FAILED);
    }

    @Test
    public void twoNodesOnOneStoreRunEveryJobOnce() throws Exception {
        TestWps one = server("node-1", "parallelprocesses", "3", "maxprocesses", "100");
        TestWps two = server("node-2", "parallelprocesses", "3", "maxprocesses", "100");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            stepper.run("t" + i).finish("t" + i);
            ids.add(submit(i % 2 == 0 ? one : two, "t" + i));
        }
        for (String id : ids) {
            await(one, id, is("ProcessSucceeded"));
            awaitRecord(one, id, JobStatus.SUCCEEDED);
        }
        for (int i = 0; i < 24; i++) {
            assertEquals(1, stepper.run("t" + i).executions());
        }
        long onOne = one.jobs.jobs(JobStatus.SUCCEEDED, "stepper", 100).stream()
                .filter(j -> "node-1".equals(j.node())).count();
        assertEquals(24, one.jobs.jobs(JobStatus.SUCCEEDED, "stepper", 100).size());
        assertTrue(onOne + " of 24 on node-1", onOne > 0);
    }

    @Test
    public void finishedJobsExpireWithTheirFiles() throws Exception {
        TestWps server = server("n1");
        stepper.run("old").finish("old");
        String id = submit(server, "old");
        await(server, id, is("ProcessSucceeded"));
        awaitRecord(server, id, JobStatus.SUCCEEDED);
        assertEquals(0, server.jobs.purge(java.time.Duration.ofHours(1)));
        Thread.sleep(20);
        assertEquals(1, server.jobs.purge(java.time.Duration.ofMillis(1)));
        assertTrue(server.service.storedOutput(id + ".xml").isEmpty());
        assertTrue(server.jobs.job(id).isEmpty());
    }
}
