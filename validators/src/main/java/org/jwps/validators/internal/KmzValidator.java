package org.jwps.validators.internal;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.jwps.api.InputData;
import org.jwps.api.ValidationException;
import org.jwps.api.Validator;
import org.jwps.io.Archives;
import org.osgi.service.component.annotations.Component;

/**
 * KMZ. SIMPLE: a safe zip archive holding a .kml file. STRICT: the KML reads. VERYSTRICT: the
 * KML is valid against the bundled OGC KML 2.2 schema.
 */
@Component(service = Validator.class, property = Validator.MIME_TYPES + "=application/vnd.google-earth.kmz")
public class KmzValidator extends AbstractValidator {

    @Override
    void simple(InputData data) throws ValidationException, IOException {
        List<String> names = Archives.entryNames(data.stream(), "KMZ");
        if (names.stream().noneMatch(n -> n.toLowerCase(Locale.ROOT).endsWith(".kml"))) {
            throw invalid("KMZ: no .kml file in the archive (found " + names + ")");
        }
    }

    @Override
    void strict(InputData data) throws ValidationException, IOException {
        GmlValidator.readAll(data);
    }

    @Override
    void veryStrict(InputData data) throws ValidationException, IOException {
        XmlSupport.validate(Archives.openFirst(data.stream(), ".kml", "KMZ"), List.of(OfflineSchemas.KML_22), "KMZ");
    }
}
