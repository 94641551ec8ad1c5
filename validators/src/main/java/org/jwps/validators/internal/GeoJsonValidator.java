package org.jwps.validators.internal;

import java.io.IOException;
import java.nio.file.Files;

import org.jwps.api.InputData;
import org.jwps.api.ValidationException;
import org.jwps.api.Validator;
import org.osgi.service.component.annotations.Component;

/**
 * GeoJSON. SIMPLE: a JSON object. STRICT: every feature and coordinate reads (positions of 2-3
 * numbers, closed rings of 4 or more positions). VERYSTRICT: valid against the bundled GeoJSON
 * (RFC 7946) JSON schema.
 */
@Component(service = Validator.class, property = {Validator.MIME_TYPES + "=application/geo+json",
    Validator.MIME_TYPES + "=application/vnd.geo+json"})
public class GeoJsonValidator extends AbstractValidator {

    @Override
    void simple(InputData data) throws ValidationException, IOException {
        if (firstChar(head(data, 4096)) != '{') {
            throw invalid("GeoJSON: the data is not a JSON object (it does not start with '{')");
        }
    }

    @Override
    void strict(InputData data) throws ValidationException, IOException {
        GmlValidator.readAll(data);
    }

    @Override
    void veryStrict(InputData data) throws ValidationException, IOException {
        JsonSchemas.validate(JsonSchemas.geojson(), Files.size(data.file()), data.stream(), "GeoJSON");
    }
}
