package org.jwps.validators.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jwps.api.InputData;
import org.jwps.api.ValidationException;
import org.jwps.api.Validator;
import org.jwps.io.LasInfo;
import org.osgi.service.component.annotations.Component;

/**
 * LAS and LAZ point clouds. SIMPLE: the LASF signature, a sound header, and compression that
 * matches the mime type (LAS uncompressed, LAZ compressed). STRICT and VERYSTRICT: every point is
 * read (LAZ decompressed), the count matches the header and each point lies in the header's bounds.
 */
@Component(service = Validator.class, property = {Validator.MIME_TYPES + "=application/x-las",
    Validator.MIME_TYPES + "=application/x-laz"})
public class LasValidator extends AbstractValidator {

    @Override
    void simple(InputData data) throws ValidationException, IOException {
        Path file = data.file();
        LasInfo info = LasInfo.read(file);
        boolean laz = data.format() != null && data.format().mimeType().toLowerCase(java.util.Locale.ROOT).contains("laz");
        if (info.compressed() != laz) {
            throw invalid("LAS: the file is " + (info.compressed() ? "compressed (LAZ)" : "not compressed (LAS)")
                    + " but was declared " + data.format().mimeType());
        }
        if (Files.size(file) < info.pointDataOffset()) {
            throw invalid("LAS: the file ends before its point data");
        }
    }

    @Override
    void strict(InputData data) throws ValidationException, IOException {
        LasInfo.readFully(data.file());
    }
}
