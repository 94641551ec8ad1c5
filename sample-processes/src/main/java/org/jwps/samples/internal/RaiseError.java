package org.jwps.samples.internal;

import org.jwps.api.LiteralInput;
import org.jwps.api.LiteralOutput;
import org.jwps.api.LiteralType;
import org.jwps.api.Process;
import org.jwps.api.ProcessDescription;
import org.jwps.api.ProcessRequest;
import org.jwps.api.ProcessResponse;
import org.jwps.api.exception.ProcessException;
import org.osgi.service.component.annotations.Component;

/** Always fails with the given message: how a process reports a failure its user should read. */
@Component(service = Process.class)
public class RaiseError implements Process {
    static final String DEFAULT_MESSAGE = "this process always fails";

    private static final ProcessDescription DESCRIPTION = ProcessDescription.builder("raise_error")
            .title("Always fails")
            .abstractText("Fails with the given message, to show how failures reach the client: an "
                    + "ExceptionReport when synchronous, ProcessFailed when asynchronous")
            .version("1.0")
            .input(LiteralInput.builder("message", LiteralType.STRING)
                    .title("Message")
                    .abstractText("The message to fail with (default '" + DEFAULT_MESSAGE + "')")
                    .occurs(0, 1).defaultValue(DEFAULT_MESSAGE)
                    .build())
            .output(LiteralOutput.builder("never", LiteralType.STRING)
                    .title("Never set")
                    .abstractText("The process fails before setting it")
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
        throw new ProcessException(request.input("message").asString());
    }
}
