package org.jwps.validators.internal;

import java.io.IOException;

import org.jwps.api.InputData;
import org.jwps.api.ValidationException;
import org.jwps.api.Validator;
import org.jwps.io.GeoTiffInfo;
import org.osgi.service.component.annotations.Component;

/**
 * GeoTIFF. SIMPLE: TIFF or BigTIFF magic bytes. STRICT and VERYSTRICT: georeferenced (GeoKey
 * directory and model tags) and every pixel decodes.
 */
@Component(service = Validator.class, property = Validator.MIME_TYPES + "=image/tiff; subtype=geotiff")
public class GeoTiffValidator extends AbstractValidator {

    @Override
    void simple(InputData data) throws ValidationException, IOException {
        byte[] h = head(data, 4);
        if (!(startsWith(h, 'I', 'I', 42, 0) || startsWith(h, 'M', 'M', 0, 42)
                || startsWith(h, 'I', 'I', 43, 0) || startsWith(h, 'M', 'M', 0, 43))) {
            throw invalid("GeoTIFF: the data is not a TIFF (no II*/MM* signature)");
        }
    }

    @Override
    void strict(InputData data) throws ValidationException, IOException {
        GeoTiffInfo.readFully(data.file());
    }
}
