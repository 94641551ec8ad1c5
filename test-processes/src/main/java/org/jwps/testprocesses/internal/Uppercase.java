package org.jwps.testprocesses.internal;

import java.util.Locale;

import org.jwps.api.LiteralInput;
import org.jwps.api.LiteralOutput;
import org.jwps.api.LiteralType;
import org.jwps.api.Process;
import org.jwps.api.ProcessDescription;
import org.jwps.api.ProcessRequest;
import org.jwps.api.ProcessResponse;
import org.osgi.service.component.annotations.Component;

/** A process shipped in a bundle of its own, for tests that install and remove it at runtime. */
@Component(service = Process.class)
public class Uppercase implements Process {
    /** The identifier the tests look for. */
    public static final String IDENTIFIER = "test_uppercase";

    private static final ProcessDescription DESCRIPTION = ProcessDescription.builder(IDENTIFIER)
            .title("Upper case")
            .abstractText("Returns its text in upper case; installed and removed by the integration tests")
            .version("1.0")
            .input(LiteralInput.builder("text", LiteralType.STRING).title("Text").build())
            .output(LiteralOutput.builder("upper", LiteralType.STRING).title("The text in upper case").build())
            .build();

    @Override
    public ProcessDescription description() {
        return DESCRIPTION;
    }

    @Override
    public void execute(ProcessRequest request, ProcessResponse response) {
        response.output("upper").setData(request.input("text").asString().toUpperCase(Locale.ROOT));
    }
}
