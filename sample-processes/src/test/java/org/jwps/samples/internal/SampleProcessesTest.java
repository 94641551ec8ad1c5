package org.jwps.samples.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.ArrayList;
import java.util.List;

import org.junit.Test;
import org.jwps.api.BoundingBox;
import org.jwps.api.InputData;
import org.jwps.api.OutputData;
import org.jwps.api.ProcessRequest;
import org.jwps.api.ProcessResponse;
import org.jwps.api.exception.MissingParameterValueException;
import org.jwps.runtime.internal.execute.OutputValue;
import org.jwps.runtime.internal.protocol.InputValue;

public class SampleProcessesTest {

    @Test
    public void sayHelloGreetsByName() {
        List<OutputValue> outputs = Run.execute(new SayHello(), Run.literal("name", "World"));
        assertEquals("Hello World", outputs.get(0).text());
        assertEquals("1.3.3", new SayHello().description().version());
    }

    @Test
    public void sayHelloNeedsAName() {
        try {
            Run.execute(new SayHello());
            fail("say_hello ran without a name");
        } catch (MissingParameterValueException e) {
            assertEquals("name", e.locator());
        }
    }

    @Test
    public void ultimateQuestionReportsFiveStepsThenAnswers() throws Exception {
        List<Integer> percents = new ArrayList<>();
        List<String> answers = new ArrayList<>();
        new UltimateQuestion().execute(new ProcessRequest() {
            @Override
            public String jobId() {
                return "test";
            }

            @Override
            public String language() {
                return "en-US";
            }

            @Override
            public List<InputData> inputs(String identifier) {
                return List.of();
            }

            @Override
            public java.nio.file.Path workDir() {
                throw new UnsupportedOperationException();
            }
        }, new ProcessResponse() {
            @Override
            public OutputData output(String identifier) {
                assertEquals("answer", identifier);
                return new RecordingOutput(answers);
            }

            @Override
            public void updateStatus(String message, int percent) {
                percents.add(percent);
            }
        });
        assertEquals(List.of(20, 40, 60, 80, 100), percents);
        assertEquals(List.of("42"), answers);
    }

    @Test
    public void echoReturnsEachInputAndLeavesOutAbsentOnes() {
        String xml = "<a xmlns=\"urn:x\"><b>1</b></a>";
        List<OutputValue> outputs = Run.execute(new Echo(), Run.literal("literalInput", "hi"),
                new InputValue.Complex("complexInput", xml, true, "text/xml", null, null),
                new InputValue.BoundingBox("bboxInput", "EPSG:4326", 2, new double[] {1, 2}, new double[] {3, 4}));
        assertEquals(3, outputs.size());
        assertEquals("hi", outputs.get(0).text());
        assertArrayEquals(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8), outputs.get(1).bytes());
        BoundingBox box = (BoundingBox) outputs.get(2).value();
        assertEquals("EPSG:4326", box.crs());
        assertArrayEquals(new double[] {3, 4}, box.upperCorner(), 0);

        List<OutputValue> onlyLiteral = Run.execute(new Echo(), Run.literal("literalInput", "x"));
        assertEquals(1, onlyLiteral.size());
        assertTrue(onlyLiteral.get(0).identifier().equals("literalOutput"));
    }

    /** A stand-in output that records what the process sets. */
    private static final class RecordingOutput implements OutputData {
        private final List<String> values;

        RecordingOutput(List<String> values) {
            this.values = values;
        }

        @Override
        public String identifier() {
            return "answer";
        }

        @Override
        public org.jwps.api.Format format() {
            return null;
        }

        @Override
        public String uom() {
            return null;
        }

        @Override
        public void setData(Object value) {
            values.add(String.valueOf(value));
        }

        @Override
        public void setStream(java.io.InputStream content) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setFile(java.nio.file.Path file) {
            throw new UnsupportedOperationException();
        }
    }
}
