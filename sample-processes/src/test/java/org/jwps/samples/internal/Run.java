package org.jwps.samples.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import java.util.List;

import org.jwps.api.Process;
import org.jwps.runtime.internal.config.Settings;
import org.jwps.runtime.internal.execute.Execution;
import org.jwps.runtime.internal.execute.Executor;
import org.jwps.runtime.internal.execute.InputLimits;
import org.jwps.runtime.internal.execute.OutputValue;
import org.jwps.runtime.internal.protocol.ExecuteRequest;
import org.jwps.runtime.internal.protocol.InputValue;
import org.jwps.runtime.internal.protocol.OutputDefinition;
import org.jwps.runtime.internal.protocol.ResponseForm;
import org.jwps.runtime.internal.validation.ValidatorRegistry;

/** Runs a process outside OSGi through the server's own executor, inputs checked as over HTTP. */
final class Run {
    private static final Executor EXECUTOR;

    static {
        try {
            EXECUTOR = new Executor(Files.createTempDirectory("jwps-samples"), InputLimits.of(Settings.defaults()),
                    new ValidatorRegistry(), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Run() {
    }

    static InputValue literal(String id, String value) {
        return new InputValue.Literal(id, value, null, null);
    }

    /** @return inline complex data as a client would send it, not XML-embedded */
    static InputValue complex(String id, String content, String mimeType) {
        return new InputValue.Complex(id, content, false, mimeType, null, null);
    }

    /** @return the outputs the process set, in description order */
    static List<OutputValue> execute(Process process, InputValue... inputs) {
        return execute(process, ResponseForm.DEFAULT, inputs);
    }

    /**
     * @param form how the client asks for the outputs (formats, units)
     * @return the outputs the process set, in description order, with file content read before
     *         the execution's work directory goes (the server writes the response at that point)
     */
    static List<OutputValue> execute(Process process, ResponseForm form, InputValue... inputs) {
        ExecuteRequest request = new ExecuteRequest(process.description().identifier(), List.of(inputs), form,
                "en-US");
        try (Execution execution = EXECUTOR.run(EXECUTOR.prepare(process, request, "en-US",
                java.util.UUID.randomUUID().toString()))) {
            List<OutputValue> outputs = execution.outputs();
            for (OutputValue output : outputs) {
                if (output.value() instanceof java.nio.file.Path) {
                    output.setData(output.bytes());
                }
            }
            return outputs;
        }
    }

    /** @return a response document asking for one output in the given mime type */
    static ResponseForm asking(String output, String mimeType) {
        return new ResponseForm.Document(false, false, false,
                List.of(new OutputDefinition(output, false, mimeType, null, null, null)));
    }

}
