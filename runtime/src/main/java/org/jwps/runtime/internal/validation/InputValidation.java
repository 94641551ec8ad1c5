package org.jwps.runtime.internal.validation;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.jwps.api.ComplexInput;
import org.jwps.api.InputData;
import org.jwps.api.InputDescription;
import org.jwps.api.ProcessDescription;
import org.jwps.api.ValidationException;
import org.jwps.api.ValidationMode;
import org.jwps.api.Validator;
import org.jwps.api.exception.InvalidParameterValueException;
import org.jwps.api.exception.NoApplicableCodeException;
import org.jwps.api.exception.WpsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks the complex inputs of one execution with the validator of each value's mime type, at
 * the input's mode, before the process runs. A value with no validator for its mime type passes,
 * as in PyWPS.
 */
public final class InputValidation {
    private static final Logger LOG = LoggerFactory.getLogger(InputValidation.class);

    private InputValidation() {
    }

    /**
     * @param description the process description
     * @param inputs      the bound inputs
     * @param validators  where validators are found
     * @throws InvalidParameterValueException naming the input when a value is not valid
     */
    public static void validate(ProcessDescription description, Map<String, List<InputData>> inputs,
                                ValidatorRegistry validators) {
        for (InputDescription input : description.inputs()) {
            if (!(input instanceof ComplexInput complex) || complex.mode() == ValidationMode.NONE) {
                continue;
            }
            for (InputData value : inputs.getOrDefault(input.identifier(), List.of())) {
                validate(complex, value, validators);
            }
        }
    }

    private static void validate(ComplexInput input, InputData value, ValidatorRegistry validators) {
        String mimeType = value.format().mimeType();
        Validator validator = validators.find(mimeType);
        if (validator == null) {
            LOG.debug("No validator for {}: input {} passes unchecked", mimeType, input.identifier());
            return;
        }
        String id = input.identifier();
        try {
            validator.validate(value, input.mode());
        } catch (ValidationException e) {
            throw new InvalidParameterValueException("Input " + id + " is not valid " + mimeType + ": "
                    + e.getMessage(), id, e);
        } catch (IOException e) {
            throw new InvalidParameterValueException("Input " + id + " could not be read for validation: "
                    + e.getMessage(), id, e);
        } catch (WpsException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.error("Validator {} failed on input {}", validator.getClass().getName(), id, e);
            throw new NoApplicableCodeException("Input " + id + " could not be validated; the server log has the "
                    + "details", id, e);
        }
    }
}
