package org.jwps.samples.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import java.util.List;

import org.jwps.api.Process;
import org.jwps.runtime.internal.config.Settings;
import org.jwps.runtime.internal.execute.Execution;
import org.jwps.runtime.internal.execute.ExecutionSlots;
import org.jwps.runtime.internal.execute.Executor;
import org.jwps.runtime.internal.execute.InputLimits;
import org.jwps.runtime.internal.execute.OutputValue;
import org.jwps.runtime.internal.protocol.ExecuteRequest;
import org.jwps.runtime.internal.protocol.InputValue;
import org.jwps.runtime.internal.protocol.ResponseForm;
import org.jwps.runtime.internal.validation.ValidatorRegistry;

/** Runs a process outside OSGi through the server's own executor, inputs checked as over HTTP. */
final class Run {
    private static final Executor EXECUTOR;

    static {
        try {
            EXECUTOR = new Executor(new ExecutionSlots(2, 1000), Files.createTempDirectory("jwps-samples"),
                    InputLimits.of(Settings.defaults()), new ValidatorRegistry());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Run() {
    }

    static InputValue literal(String id, String value) {
        return new InputValue.Literal(id, value, null, null);
    }

    /** @return the outputs the process set, in description order */
    static List<OutputValue> execute(Process process, InputValue... inputs) {
        ExecuteRequest request = new ExecuteRequest(process.description().identifier(), List.of(inputs),
                ResponseForm.DEFAULT, "en-US");
        try (Execution execution = EXECUTOR.execute(process, request, "en-US")) {
            return execution.outputs();
        }
    }

}
