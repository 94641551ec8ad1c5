package org.jwps.validators.internal;

import java.io.IOException;

import org.jwps.api.InputData;
import org.jwps.api.ValidationException;
import org.jwps.api.Validator;
import org.osgi.service.component.annotations.Component;

/**
 * JSON. SIMPLE: starts like a JSON value. STRICT and VERYSTRICT: the whole document parses,
 * without duplicate keys. No JSON schema is applied: plain JSON names none (a process that wants
 * GeoJSON's declares {@code application/geo+json}).
 */
@Component(service = Validator.class, property = Validator.MIME_TYPES + "=application/json")
public class JsonValidator extends AbstractValidator {

    @Override
    void simple(InputData data) throws ValidationException, IOException {
        int c = firstChar(head(data, 4096));
        if (c < 0 || "{[\"-0123456789tfn".indexOf(c) < 0) {
            throw invalid("JSON: the data does not start like a JSON value");
        }
    }

    @Override
    void strict(InputData data) throws ValidationException, IOException {
        JsonSchemas.wellFormed(data.stream(), "JSON");
    }
}
