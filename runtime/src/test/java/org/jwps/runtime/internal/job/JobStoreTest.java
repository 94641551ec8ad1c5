package org.jwps.runtime.internal.job;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

/** The job table on both databases: the same behaviour from embedded H2 and a real PostgreSQL server. */
@RunWith(Parameterized.class)
public class JobStoreTest {
    private final String database;
    private JobStore store;

    public JobStoreTest(String database) {
        this.database = database;
    }

    @Parameterized.Parameters(name = "{0}")
    public static List<Object[]> databases() {
        return List.of(new Object[] {"h2"}, new Object[] {"postgresql"});
    }

    @Before
    public void freshStore() throws Exception {
        TestDatabase db = TestDatabase.create(database);
        store = new JobStore(db.dataSource(), db.url());
        store.createSchema();
        store.createSchema(); // idempotent
    }

    static JobRecord accepted(String id, String process, Instant created) {
        return new JobRecord(id, process, "Title of " + process, "1.0", true, JobStatus.ACCEPTED, 0, "Process accepted",
                "127.0.0.1", "en-US", null, created, null, null);
    }

    @Test
    public void acceptedJobsWaitInOrderWithTheirRequest() {
        Instant t = Instant.parse("2026-11-25T10:00:00Z");
        store.accept(accepted("b", "p", t), new StoredRequest(true, "<xml/>".getBytes(StandardCharsets.UTF_8)));
        store.accept(accepted("a", "p", t), StoredRequest.kvp("service=WPS&request=Execute"));
        assertEquals(List.of("b", "a"), store.waiting(10).stream().map(JobRecord::id).toList());
        assertEquals(2, store.countActive());
        StoredRequest xml = store.request("b").orElseThrow();
        assertTrue(xml.xml());
        assertArrayEquals("<xml/>".getBytes(StandardCharsets.UTF_8), xml.body());
        assertEquals("service=WPS&request=Execute", store.request("a").orElseThrow().queryString());
        JobRecord b = store.get("b").orElseThrow();
        assertEquals(JobStatus.ACCEPTED, b.status());
        assertEquals(t, b.created());
        assertEquals("Title of p", b.title());
        assertNull(b.started());
    }

    @Test
    public void aJobIsClaimedOnceAndFinishedOnce() {
        Instant t = Instant.now();
        store.accept(accepted("j", "p", t), StoredRequest.kvp("x"));
        assertTrue(store.claim("j", "node-1", t));
        assertFalse(store.claim("j", "node-2", t));
        JobRecord running = store.get("j").orElseThrow();
        assertEquals(JobStatus.RUNNING, running.status());
        assertEquals("node-1", running.node());
        assertEquals(List.of("j"), store.runningOn("node-1").stream().map(JobRecord::id).toList());
        store.progress("j", 40, "halfway");
        assertEquals(40, store.get("j").orElseThrow().percent());
        assertTrue(store.finish("j", JobStatus.SUCCEEDED, "done", t.plusSeconds(1)));
        assertFalse("a finished job is never reopened", store.finish("j", JobStatus.FAILED, "late", t));
        JobRecord done = store.get("j").orElseThrow();
        assertEquals(JobStatus.SUCCEEDED, done.status());
        assertEquals(100, done.percent());
        assertEquals("done", done.message());
        assertTrue("the request is dropped once the job ended", store.request("j").isEmpty());
        assertEquals(0, store.countActive());
    }

    @Test
    public void manyNodesClaimingOneQueueRunEveryJobExactlyOnce() throws Exception {
        Instant t = Instant.now();
        int jobs = 120;
        for (int i = 0; i < jobs; i++) {
            store.accept(accepted(String.format("job-%03d", i), "p", t), StoredRequest.kvp("x"));
        }
        int nodes = 6;
        Map<String, String> claimedBy = new ConcurrentHashMap<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(nodes);
        List<Future<Integer>> results = new ArrayList<>();
        for (int n = 0; n < nodes; n++) {
            String node = "node-" + n;
            results.add(pool.submit(() -> {
                start.await();
                int mine = 0;
                while (true) {
                    List<JobRecord> waiting = store.waiting(5);
                    if (waiting.isEmpty()) {
                        return mine;
                    }
                    for (JobRecord job : waiting) {
                        if (store.claim(job.id(), node, Instant.now())) {
                            String previous = claimedBy.put(job.id(), node);
                            if (previous != null) {
                                throw new AssertionError(job.id() + " claimed by " + previous + " and " + node);
                            }
                            mine++;
                        }
                    }
                }
            }));
        }
        start.countDown();
        int total = 0;
        for (Future<Integer> result : results) {
            total += result.get();
        }
        pool.shutdown();
        assertEquals(jobs, total);
        assertEquals(jobs, claimedBy.size());
        for (int n = 0; n < nodes; n++) {
            String node = "node-" + n;
            assertEquals(claimedBy.values().stream().filter(node::equals).count(), store.runningOn(node).size());
        }
    }

    @Test
    public void cancellationIsAskedOfTheRunningNode() {
        Instant t = Instant.now();
        store.accept(accepted("w", "p", t), StoredRequest.kvp("x"));
        assertFalse("a waiting job is not running", store.requestCancel("w"));
        store.accept(accepted("r", "p", t), StoredRequest.kvp("x"));
        store.claim("r", "node-1", t);
        assertTrue(store.requestCancel("r"));
        assertEquals(Set.of("r"), store.cancelRequested("node-1"));
        assertEquals(Set.of(), store.cancelRequested("node-2"));
        assertTrue(store.finish("w", JobStatus.FAILED, "dismissed", t));
        assertFalse(store.claim("w", "node-1", t));
    }

    @Test
    public void finishedSynchronousJobsAreRecordedListedAndExpire() {
        Instant t = Instant.parse("2026-11-25T10:00:00Z");
        List<JobRecord> sync = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            sync.add(new JobRecord("s" + i, i % 2 == 0 ? "even" : "odd", "T", "1.0", false,
                    i % 5 == 0 ? JobStatus.FAILED : JobStatus.SUCCEEDED, 100, "m", "::1", "en-US", "node-1",
                    t.plusSeconds(i), t.plusSeconds(i), t.plusSeconds(i + 1)));
        }
        store.record(sync);
        store.accept(accepted("a", "even", t), StoredRequest.kvp("x"));
        assertEquals(51, store.list(null, null, 1000).size());
        assertEquals("newest first", "a", store.list(null, null, 1).get(0).id());
        assertEquals(10, store.list(JobStatus.FAILED, null, 1000).size());
        assertEquals(5, store.list(JobStatus.FAILED, "even", 1000).size());
        assertEquals(3, store.list(null, "odd", 3).size());
        List<String> old = store.finishedBefore(t.plusSeconds(11), 1000);
        assertEquals("finished at t+1 .. t+10", 10, old.size());
        assertEquals(10, store.delete(old));
        assertEquals(41, store.list(null, null, 1000).size());
        assertTrue("a waiting job never expires", store.get("a").isPresent());
    }

    @Test
    public void longMessagesAreCut() {
        store.accept(accepted("m", "p", Instant.now()), StoredRequest.kvp("x"));
        store.finish("m", JobStatus.FAILED, "x".repeat(10_000), Instant.now());
        assertEquals(4000, store.get("m").orElseThrow().message().length());
    }
}
