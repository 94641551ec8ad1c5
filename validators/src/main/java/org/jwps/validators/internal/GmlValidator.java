package org.jwps.validators.internal;

import java.io.IOException;

import org.jwps.api.InputData;
import org.jwps.api.ValidationException;
import org.jwps.api.Validator;
import org.jwps.io.FeatureReader;
import org.jwps.io.FeatureReaders;
import org.osgi.service.component.annotations.Component;

/**
 * GML 2 / 3.1 / 3.2. SIMPLE: XML in a GML namespace. STRICT: every feature and geometry reads.
 * VERYSTRICT: every geometry is valid against the bundled GML schema of its version (the
 * application schema is not fetched: this server works offline).
 */
@Component(service = Validator.class, property = Validator.MIME_TYPES + "=application/gml+xml")
public class GmlValidator extends AbstractValidator {

    @Override
    void simple(InputData data) throws ValidationException, IOException {
        XmlSupport.looksLikeXml(data, "GML", "http://www.opengis.net/gml");
    }

    @Override
    void strict(InputData data) throws ValidationException, IOException {
        readAll(data);
    }

    static int readAll(InputData data) throws IOException {
        int n = 0;
        try (FeatureReader r = FeatureReaders.open(data.format(), data.stream())) {
            while (r.next() != null) {
                n++;
            }
        }
        return n;
    }

    @Override
    void veryStrict(InputData data) throws ValidationException, IOException {
        GmlGeometryChecker checker = new GmlGeometryChecker(data.format() == null ? null : data.format().schema());
        SecureXml.parse(data.stream(), checker, "GML", "geometry not valid against the GML schema");
    }
}
