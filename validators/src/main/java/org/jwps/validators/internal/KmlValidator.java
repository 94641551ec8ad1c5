package org.jwps.validators.internal;

import java.io.IOException;
import java.util.List;

import org.jwps.api.InputData;
import org.jwps.api.ValidationException;
import org.jwps.api.Validator;
import org.osgi.service.component.annotations.Component;

/**
 * KML 2.2. SIMPLE: XML in the KML 2.2 namespace. STRICT: every placemark and coordinate reads.
 * VERYSTRICT: valid against the bundled OGC KML 2.2 schema.
 */
@Component(service = Validator.class, property = Validator.MIME_TYPES + "=application/vnd.google-earth.kml+xml")
public class KmlValidator extends AbstractValidator {
    static final String NS = "http://www.opengis.net/kml/2.2";

    @Override
    void simple(InputData data) throws ValidationException, IOException {
        XmlSupport.looksLikeXml(data, "KML", NS);
    }

    @Override
    void strict(InputData data) throws ValidationException, IOException {
        GmlValidator.readAll(data);
    }

    @Override
    void veryStrict(InputData data) throws ValidationException, IOException {
        XmlSupport.validate(data.stream(), List.of(OfflineSchemas.KML_22), "KML");
    }
}
