package org.jwps.runtime.internal.http;

import org.jwps.api.AllowedValues;
import org.jwps.api.BoundingBoxInput;
import org.jwps.api.BoundingBoxOutput;
import org.jwps.api.ComplexInput;
import org.jwps.api.ComplexOutput;
import org.jwps.api.Format;
import org.jwps.api.Formats;
import org.jwps.api.LiteralInput;
import org.jwps.api.LiteralOutput;
import org.jwps.api.LiteralType;
import org.jwps.api.Metadata;
import org.jwps.api.Process;
import org.jwps.api.ValidationMode;
import org.jwps.api.ProcessDescription;
import org.jwps.api.ProcessRequest;
import org.jwps.api.ProcessResponse;
import org.jwps.api.Range;
import org.jwps.api.exception.ProcessException;

/** Processes exercising every part of the description and execution paths. */
final class TestProcesses {
    private TestProcesses() {
    }

    /** Greets, with a literal input that has a default, a range and units. */
    static final class Greet implements Process {
        static final ProcessDescription DESCRIPTION = ProcessDescription.builder("greet")
                .title("Greet").abstractText("Says hello").keywords("test").version("2.1")
                .metadata(Metadata.link("docs", "https://example.org/greet"))
                .input(LiteralInput.builder("name", LiteralType.STRING).title("Name").build())
                .input(LiteralInput.builder("times", LiteralType.INTEGER).occurs(0, 1).defaultValue("1")
                        .allowedValues(AllowedValues.of(Range.closed(1, 3))).build())
                .input(LiteralInput.builder("colour", LiteralType.STRING).occurs(0, 1)
                        .allowedValues(AllowedValues.of("red", "green")).build())
                .input(LiteralInput.builder("length", LiteralType.FLOAT).occurs(0, 2).uoms("metre", "foot").build())
                .output(LiteralOutput.builder("greeting", LiteralType.STRING).title("Greeting").build())
                .output(LiteralOutput.builder("length", LiteralType.FLOAT).uoms("metre", "foot").build())
                .storeSupported(true).statusSupported(true)
                .build();

        @Override
        public ProcessDescription description() {
            return DESCRIPTION;
        }

        @Override
        public void execute(ProcessRequest request, ProcessResponse response) {
            response.updateStatus("greeting", 50);
            response.output("greeting").setData(("Hello " + request.input("name").asString() + "! ")
                    .repeat(request.input("times").asInt()).strip());
            if (request.has("length")) {
                response.output("length").setData(request.inputs("length").stream()
                        .mapToDouble(i -> i.asDouble()).sum());
            }
        }
    }

    /** Echoes complex XML and a bounding box. */
    static final class Mirror implements Process {
        static final ProcessDescription DESCRIPTION = ProcessDescription.builder("mirror")
                .input(ComplexInput.builder("xml", Formats.XML, Formats.TEXT).occurs(0, 1).maximumMegabytes(2).build())
                .input(BoundingBoxInput.builder("box", "EPSG:4326", "EPSG:3035").occurs(0, 1).build())
                .output(ComplexOutput.builder("xml", Formats.XML, Formats.TEXT, Formats.JSON.withEncoding("base64"))
                        .build())
                .output(BoundingBoxOutput.builder("box", "EPSG:4326", "EPSG:3035").build())
                .build();

        @Override
        public ProcessDescription description() {
            return DESCRIPTION;
        }

        @Override
        public void execute(ProcessRequest request, ProcessResponse response) throws Exception {
            if (request.has("xml")) {
                response.output("xml").setData(request.input("xml").bytes());
            }
            if (request.has("box")) {
                response.output("box").setData(request.input("box").asBoundingBox());
            }
        }
    }

    /** Declares a complex input it never reads: references must then never be fetched. */
    static final class Ignore implements Process {
        static final ProcessDescription DESCRIPTION = ProcessDescription.builder("ignore")
                .input(ComplexInput.builder("unused", Formats.XML).build())
                .output(LiteralOutput.builder("done", LiteralType.STRING).build())
                .build();

        @Override
        public ProcessDescription description() {
            return DESCRIPTION;
        }

        @Override
        public void execute(ProcessRequest request, ProcessResponse response) throws Exception {
            response.output("done").setData("not read: " + request.input("unused").url());
        }
    }

    /** Returns its input as a file from the work directory, as large outputs are returned. */
    static final class Spool implements Process {
        static final ProcessDescription DESCRIPTION = ProcessDescription.builder("spool")
                .input(ComplexInput.builder("data", Formats.XML).build())
                .output(ComplexOutput.builder("copy", Formats.XML).build())
                .build();

        @Override
        public ProcessDescription description() {
            return DESCRIPTION;
        }

        @Override
        public void execute(ProcessRequest request, ProcessResponse response) throws Exception {
            response.output("copy").setFile(request.input("data").file());
        }
    }

    /** Takes an XML document checked at mode STRICT. */
    static final class Strict implements Process {
        static final ProcessDescription DESCRIPTION = ProcessDescription.builder("strict")
                .input(ComplexInput.builder("doc", Formats.XML, Format.of("application/x-test; version=2"))
                        .mode(ValidationMode.STRICT).build())
                .output(LiteralOutput.builder("result", LiteralType.STRING).build())
                .build();

        @Override
        public ProcessDescription description() {
            return DESCRIPTION;
        }

        @Override
        public void execute(ProcessRequest request, ProcessResponse response) {
            response.output("result").setData("ran with " + request.input("doc").asString());
        }
    }

    /** Fails, for users (ProcessException) or by a bug (any other exception). */
    static final class Fail implements Process {
        static final ProcessDescription DESCRIPTION = ProcessDescription.builder("fail")
                .input(LiteralInput.builder("how", LiteralType.STRING).allowedValues(AllowedValues.of("user", "bug"))
                        .build())
                .output(LiteralOutput.builder("never", LiteralType.STRING).build())
                .build();

        @Override
        public ProcessDescription description() {
            return DESCRIPTION;
        }

        @Override
        public void execute(ProcessRequest request, ProcessResponse response) {
            if (request.input("how").asString().equals("user")) {
                throw new ProcessException("the input was wrong, as planned");
            }
            throw new IllegalStateException("secret internal detail /etc/jwps");
        }
    }
}
