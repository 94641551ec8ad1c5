package org.jwps.samples.internal;

import org.jwps.api.LiteralInput;
import org.jwps.api.LiteralOutput;
import org.jwps.api.LiteralType;
import org.jwps.api.Process;
import org.jwps.api.ProcessDescription;
import org.jwps.api.ProcessRequest;
import org.jwps.api.ProcessResponse;
import org.osgi.service.component.annotations.Component;

/** Greets whoever is named: the smallest useful process. */
@Component(service = Process.class)
public class SayHello implements Process {
    private static final ProcessDescription DESCRIPTION = ProcessDescription.builder("say_hello")
            .title("Process Say Hello")
            .abstractText("Returns a literal string output with Hello plus the inputed name")
            .keywords("hello", "demo")
            .version("1.3.3")
            .input(LiteralInput.builder("name", LiteralType.STRING)
                    .title("Input name")
                    .abstractText("The name to greet, e.g. World")
                    .build())
            .output(LiteralOutput.builder("response", LiteralType.STRING)
                    .title("Output response")
                    .abstractText("The greeting: Hello followed by the name")
                    .build())
            .storeSupported(true)
            .statusSupported(true)
            .build();

    @Override
    public ProcessDescription description() {
        return DESCRIPTION;
    }

    @Override
    public void execute(ProcessRequest request, ProcessResponse response) {
        response.output("response").setData("Hello " + request.input("name").asString());
    }
}
