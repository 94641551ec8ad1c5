package org.jwps.samples.internal;

import org.jwps.api.BoundingBoxInput;
import org.jwps.api.BoundingBoxOutput;
import org.jwps.api.ComplexInput;
import org.jwps.api.ComplexOutput;
import org.jwps.api.Formats;
import org.jwps.api.InputData;
import org.jwps.api.LiteralInput;
import org.jwps.api.LiteralOutput;
import org.jwps.api.LiteralType;
import org.jwps.api.Process;
import org.jwps.api.ProcessDescription;
import org.jwps.api.ProcessRequest;
import org.jwps.api.ProcessResponse;
import org.osgi.service.component.annotations.Component;

/** Returns each input unchanged in the matching output; outputs whose input is absent are left out. */
@Component(service = Process.class)
public class Echo implements Process {
    private static final String EPSG_4326 = "EPSG:4326";

    private static final ProcessDescription DESCRIPTION = ProcessDescription.builder("echo")
            .title("Echo")
            .abstractText("Returns its literal, complex (XML) and bounding box inputs unchanged; "
                    + "useful to test clients and the data round trip")
            .version("1.0")
            .input(LiteralInput.builder("literalInput", LiteralType.STRING).occurs(0, 1)
                    .title("Literal input")
                    .abstractText("Any text; comes back as literalOutput")
                    .build())
            .input(ComplexInput.builder("complexInput", Formats.XML).occurs(0, 1)
                    .title("Complex input")
                    .abstractText("Any XML document; comes back as complexOutput")
                    .build())
            .input(BoundingBoxInput.builder("bboxInput", EPSG_4326).occurs(0, 1)
                    .title("Bounding box input")
                    .abstractText("A bounding box in EPSG:4326; comes back as bboxOutput")
                    .build())
            .output(LiteralOutput.builder("literalOutput", LiteralType.STRING)
                    .title("Literal output")
                    .abstractText("The literal input, unchanged")
                    .build())
            .output(ComplexOutput.builder("complexOutput", Formats.XML)
                    .title("Complex output")
                    .abstractText("The complex input, unchanged")
                    .build())
            .output(BoundingBoxOutput.builder("bboxOutput", EPSG_4326)
                    .title("Bounding box output")
                    .abstractText("The bounding box input, unchanged")
                    .build())
            .storeSupported(true)
            .statusSupported(true)
            .build();

    @Override
    public ProcessDescription description() {
        return DESCRIPTION;
    }

    @Override
    public void execute(ProcessRequest request, ProcessResponse response) throws Exception {
        InputData literal = request.input("literalInput");
        if (literal != null) {
            response.output("literalOutput").setData(literal.asString());
        }
        InputData complex = request.input("complexInput");
        if (complex != null) {
            response.output("complexOutput").setData(complex.bytes());
        }
        InputData bbox = request.input("bboxInput");
        if (bbox != null) {
            response.output("bboxOutput").setData(bbox.asBoundingBox());
        }
    }
}
