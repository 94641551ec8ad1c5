package org.jwps.testprocesses.internal;

import org.jwps.api.ComplexInput;
import org.jwps.api.LiteralOutput;
import org.jwps.api.LiteralType;
import org.jwps.api.Process;
import org.jwps.api.ProcessDescription;
import org.jwps.api.ProcessRequest;
import org.jwps.api.ProcessResponse;
import org.jwps.api.ValidationMode;
import org.osgi.service.component.annotations.Component;

/** A process taking {@link TestFormat} data, checked at mode STRICT by that format's validator. */
@Component(service = Process.class)
public class FormatLength implements Process {
    private static final ProcessDescription DESCRIPTION = ProcessDescription.builder("test_format")
            .title("Test format length")
            .abstractText("Returns the length of data in the test format, which its validator checks first")
            .version("1.0")
            .input(ComplexInput.builder("data", TestFormat.FORMAT).mode(ValidationMode.STRICT).title("Data").build())
            .output(LiteralOutput.builder("length", LiteralType.INTEGER).title("Length in bytes").build())
            .build();

    @Override
    public ProcessDescription description() {
        return DESCRIPTION;
    }

    @Override
    public void execute(ProcessRequest request, ProcessResponse response) throws Exception {
        response.output("length").setData(request.input("data").bytes().length);
    }
}
