package org.jwps.samples.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.Test;
import org.jwps.api.exception.InvalidParameterValueException;
import org.jwps.api.exception.MissingParameterValueException;
import org.jwps.api.exception.NoApplicableCodeException;
import org.jwps.api.exception.ProcessException;
import org.jwps.runtime.internal.execute.OutputValue;

/** sleep, raise_error and literal_types, run through the server's own executor. */
public class DemoProcessesTest {

    @Test
    public void sleepWaitsFiveTimesAndSaysSo() {
        long start = System.nanoTime();
        List<OutputValue> outputs = Run.execute(new Sleep(), Run.literal("delay", "0.02"));
        assertEquals("done sleeping", outputs.get(0).text());
        assertTrue("five waits of 20 ms", System.nanoTime() - start >= 100_000_000L);
    }

    @Test
    public void sleepRefusesDelaysOutsideItsRange() {
        InvalidParameterValueException e = assertThrows(InvalidParameterValueException.class,
                () -> Run.execute(new Sleep(), Run.literal("delay", "61")));
        assertEquals("delay", e.locator());
    }

    @Test(timeout = 10_000)
    public void sleepEndsAtOnceWhenInterrupted() throws Exception {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Thread worker = new Thread(() -> {
            try {
                Run.execute(new Sleep(), Run.literal("delay", "60"));
            } catch (Throwable t) {
                failure.set(t);
            } finally {
                done.countDown();
            }
        });
        worker.start();
        Thread.sleep(200);
        worker.interrupt();
        done.await();
        assertTrue(String.valueOf(failure.get()), failure.get() instanceof NoApplicableCodeException);
        assertTrue(failure.get().getMessage(), failure.get().getMessage().contains("interrupted"));
    }

    @Test
    public void raiseErrorFailsWithItsMessage() {
        ProcessException byDefault = assertThrows(ProcessException.class, () -> Run.execute(new RaiseError()));
        assertEquals(RaiseError.DEFAULT_MESSAGE, byDefault.getMessage());
        ProcessException given = assertThrows(ProcessException.class,
                () -> Run.execute(new RaiseError(), Run.literal("message", "as you wish")));
        assertEquals("as you wish", given.getMessage());
    }

    @Test
    public void literalTypesEchoesConvertedValuesAndDefaults() {
        String summary = Run.execute(new LiteralTypes(), Run.literal("colour", "red")).get(0).text();
        assertEquals("{\"int_choice\":1,\"float_range\":50.0,\"colour\":\"red\",\"flag\":false}", summary);

        summary = Run.execute(new LiteralTypes(), Run.literal("colour", "blue"), Run.literal("int_choice", "8"),
                Run.literal("open_range", "0.5"), Run.literal("stepped", "30"), Run.literal("flag", "true"),
                Run.literal("day", "2026-11-25"), new org.jwps.runtime.internal.protocol.InputValue.Literal("length",
                        "3", null, "foot"), Run.literal("many", "1"), Run.literal("many", "2")).get(0).text();
        assertEquals("{\"int_choice\":8,\"float_range\":50.0,\"open_range\":0.5,\"stepped\":30,\"colour\":\"blue\","
                + "\"flag\":true,\"day\":\"2026-11-25\",\"length\":{\"value\":3.0,\"uom\":\"foot\"},\"many\":[1,2]}",
                summary);
        assertTrue(Run.execute(new LiteralTypes(), Run.literal("colour", "red"), Run.literal("length", "2")).get(0)
                .text().contains("\"length\":{\"value\":2.0,\"uom\":\"metre\"}"));
    }

    @Test
    public void literalTypesEnforcesEveryConstraint() {
        String[][] refused = {{"int_choice", "4"}, {"float_range", "100.5"}, {"open_range", "0"}, {"open_range", "1"},
            {"stepped", "35"}, {"colour", "purple"}, {"flag", "maybe"}, {"day", "2026-13-01"}};
        for (String[] input : refused) {
            InvalidParameterValueException e = assertThrows(input[0] + "=" + input[1],
                    InvalidParameterValueException.class,
                    () -> Run.execute(new LiteralTypes(), Run.literal("colour", "red"), Run.literal(input[0], input[1])));
            assertEquals(input[0], e.locator());
        }
        assertEquals("many", assertThrows(InvalidParameterValueException.class, () -> Run.execute(new LiteralTypes(),
                Run.literal("colour", "red"), Run.literal("many", "1"), Run.literal("many", "2"),
                Run.literal("many", "3"), Run.literal("many", "4"))).locator());
        assertEquals("colour", assertThrows(MissingParameterValueException.class,
                () -> Run.execute(new LiteralTypes())).locator());
    }

    @Test
    public void jsonEscapesStrings() {
        assertEquals("\"a\\\"b\\\\c\\n\\u0001\"", LiteralTypes.json("a\"b\\c\n\u0001"));
    }
}
