package org.jwps.runtime.internal.execute;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jwps.api.ComplexOutput;
import org.jwps.api.InputData;
import org.jwps.api.LiteralOutput;
import org.jwps.api.OutputDescription;
import org.jwps.api.Process;
import org.jwps.api.ProcessDescription;
import org.jwps.api.exception.InvalidParameterValueException;
import org.jwps.api.exception.NoApplicableCodeException;
import org.jwps.api.exception.StorageNotSupportedException;
import org.jwps.api.exception.WpsException;
import org.jwps.runtime.internal.protocol.ExecuteRequest;
import org.jwps.runtime.internal.protocol.OutputDefinition;
import org.jwps.runtime.internal.protocol.ResponseForm;
import org.jwps.runtime.internal.validation.InputValidation;
import org.jwps.runtime.internal.validation.ValidatorRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs an Execute in two steps: {@link #prepare} checks the response form and binds the inputs,
 * {@link #run} validates them and calls the process in the caller's execution slot. Thread-safe.
 */
public final class Executor {
    private static final Logger LOG = LoggerFactory.getLogger(Executor.class);

    private final Path workRoot;
    private final InputLimits limits;
    private final ValidatorRegistry validators;
    private final boolean cleanTempDir;

    /**
     * @param workRoot     the directory under which executions get their work directories
     * @param limits       how inputs by reference are fetched and how large inputs may be
     * @param validators   the validators complex inputs are checked with
     * @param cleanTempDir whether work directories are removed after each execution
     */
    public Executor(Path workRoot, InputLimits limits, ValidatorRegistry validators, boolean cleanTempDir) {
        this.workRoot = workRoot;
        this.limits = limits;
        this.validators = validators;
        this.cleanTempDir = cleanTempDir;
    }

    /**
     * Checks the request against the process and binds its inputs, without running anything:
     * what is wrong with the request fails here, before a slot is taken or a job is stored.
     *
     * @param process  the process to run
     * @param request  the parsed request
     * @param language the negotiated language
     * @param jobId    the job identifier
     * @return the execution, ready to run; close it if it never runs
     * @throws WpsException when the request does not fit the process
     */
    public Prepared prepare(Process process, ExecuteRequest request, String language, String jobId) {
        ProcessDescription description = process.description();
        Map<String, OutputValue> outputs = outputs(description, request.responseForm());
        WorkDirectory workDirectory = new WorkDirectory(workRoot, jobId, cleanTempDir);
        try {
            Map<String, List<InputData>> inputs = InputBinder.bind(description, request.inputs(), workDirectory,
                    limits);
            return new Prepared(process, request, new ExecutionContext(jobId, language, inputs, outputs,
                    workDirectory), OffsetDateTime.now(), workDirectory);
        } catch (RuntimeException | Error e) {
            workDirectory.close();
            throw e;
        }
    }

    /** A checked request with its inputs bound: what {@link #run} needs. Closing it removes the work directory. */
    public record Prepared(Process process, ExecuteRequest request, ExecutionContext context, OffsetDateTime created,
                           WorkDirectory workDirectory) implements AutoCloseable {
        /** @return the job identifier */
        public String jobId() {
            return context.jobId();
        }

        @Override
        public void close() {
            workDirectory.close();
        }
    }

    /**
     * Validates the complex inputs and runs the process, in the caller's execution slot.
     *
     * @param prepared a prepared execution; closed if this fails
     * @return the finished execution; the caller closes it after writing the response
     * @throws WpsException when an input is invalid or the process fails
     */
    public Execution run(Prepared prepared) {
        ProcessDescription description = prepared.process().description();
        try {
            // validation may read every byte of a large input, so it runs in the slot too
            InputValidation.validate(description, prepared.context().inputMap(), validators);
            run(prepared.process(), description, prepared.context());
            return new Execution(prepared.request(), description, prepared.context(),
                    selected(description, prepared.request().responseForm(), prepared.context().outputs()),
                    prepared.created(), prepared.workDirectory());
        } catch (RuntimeException | Error e) {
            prepared.close();
            throw e;
        }
    }

    private static void run(Process process, ProcessDescription description, ExecutionContext context) {
        try {
            process.execute(context, context);
        } catch (WpsException e) {
            LOG.info("Process {} (job {}) failed: {}", description.identifier(), context.jobId(), e.getMessage());
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NoApplicableCodeException("Process " + description.identifier() + " was interrupted", null, e);
        } catch (Exception | LinkageError | AssertionError e) {
            LOG.error("Process {} (job {}) failed", description.identifier(), context.jobId(), e);
            throw new NoApplicableCodeException("Process " + description.identifier()
                    + " failed, please check the server log (job " + context.jobId() + ")", null, e);
        }
    }

    /** Checks the response form and prepares every output with its requested format and unit. */
    private static Map<String, OutputValue> outputs(ProcessDescription description, ResponseForm form) {
        Map<String, OutputDefinition> requested = new LinkedHashMap<>();
        if (form instanceof ResponseForm.Document document) {
            if (document.storeExecuteResponse() && !description.storeSupported()) {
                throw new StorageNotSupportedException("Process " + description.identifier()
                        + " cannot store its response", "storeExecuteResponse");
            }
            if (document.status() && !description.statusSupported()) {
                throw new StorageNotSupportedException("Process " + description.identifier()
                        + " does not report status", "status");
            }
            document.outputs().forEach(d -> requested.put(d.identifier(), d));
        } else {
            OutputDefinition raw = ((ResponseForm.Raw) form).output();
            requested.put(raw.identifier(), raw);
        }
        for (OutputDefinition definition : requested.values()) {
            if (description.output(definition.identifier()).isEmpty()) {
                throw new InvalidParameterValueException("Process " + description.identifier() + " has no output '"
                        + definition.identifier() + "'", definition.identifier());
            }
        }
        Map<String, OutputValue> outputs = new LinkedHashMap<>();
        for (OutputDescription output : description.outputs()) {
            OutputDefinition definition = requested.getOrDefault(output.identifier(),
                    OutputDefinition.of(output.identifier()));
            outputs.put(output.identifier(), new OutputValue(output, format(output, definition),
                    uom(output, definition)));
        }
        return outputs;
    }

    private static org.jwps.api.Format format(OutputDescription output, OutputDefinition definition) {
        if (!(output instanceof ComplexOutput complex)) {
            return null;
        }
        return Formats.select(complex.formats(), definition.mimeType(), definition.encoding(), definition.schema(),
                output.identifier());
    }

    private static String uom(OutputDescription output, OutputDefinition definition) {
        if (!(output instanceof LiteralOutput literal) || literal.uoms().isEmpty()) {
            if (definition.uom() != null && !definition.uom().isBlank()) {
                throw new InvalidParameterValueException("Output " + output.identifier() + " has no unit of measure",
                        output.identifier());
            }
            return null;
        }
        if (definition.uom() == null || definition.uom().isBlank()) {
            return literal.uoms().get(0);
        }
        if (!literal.uoms().contains(definition.uom())) {
            throw new InvalidParameterValueException("Output " + output.identifier() + ": unit '" + definition.uom()
                    + "' is not supported; use one of " + literal.uoms(), output.identifier());
        }
        return definition.uom();
    }

    /** The outputs to return: those requested (or all), in that order, that the process set. */
    private static List<OutputValue> selected(ProcessDescription description, ResponseForm form,
                                              Map<String, OutputValue> outputs) {
        List<String> ids = new ArrayList<>();
        if (form instanceof ResponseForm.Raw raw) {
            ids.add(raw.output().identifier());
        } else {
            ((ResponseForm.Document) form).outputs().forEach(d -> ids.add(d.identifier()));
            if (ids.isEmpty()) {
                description.outputs().forEach(o -> ids.add(o.identifier()));
            }
        }
        List<OutputValue> selected = new ArrayList<>();
        for (String id : ids) {
            OutputValue value = outputs.get(id);
            if (value.isSet()) {
                selected.add(value);
            }
        }
        if (form instanceof ResponseForm.Raw && selected.isEmpty()) {
            throw new NoApplicableCodeException("Process " + description.identifier() + " did not produce output "
                    + ids.get(0), ids.get(0));
        }
        return selected;
    }
}
