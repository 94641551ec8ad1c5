package org.jwps.validators.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.jwps.api.InputData;
import org.jwps.api.ValidationException;
import org.jwps.api.Validator;
import org.jwps.io.NetcdfInfo;
import org.osgi.service.component.annotations.Component;

/**
 * OPeNDAP (DODS) data. What the server fetched is either NetCDF (a {@code .nc} download) or an
 * OPeNDAP text response (a DDS starting {@code Dataset {}). SIMPLE: one of those. STRICT and
 * VERYSTRICT: NetCDF is checked as NetCDF; a DDS must have balanced braces and end with the
 * dataset name.
 */
@Component(service = Validator.class, property = Validator.MIME_TYPES + "=application/x-ogc-dods")
public class DodsValidator extends AbstractValidator {

    @Override
    void simple(InputData data) throws ValidationException, IOException {
        byte[] h = head(data, 64);
        if (!NetcdfValidator.isNetcdf(h) && !new String(h, StandardCharsets.US_ASCII).stripLeading().startsWith("Dataset")) {
            throw invalid("DODS: the data is neither NetCDF nor an OPeNDAP DDS (\"Dataset {\")");
        }
    }

    @Override
    void strict(InputData data) throws ValidationException, IOException {
        if (NetcdfValidator.isNetcdf(head(data, 8))) {
            NetcdfInfo.readFully(data.file());
            return;
        }
        int depth = 0;
        String text = new String(head(data, 1 << 20), StandardCharsets.UTF_8);
        for (char c : text.toCharArray()) {
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth < 0) {
                break;
            }
        }
        if (depth != 0 || !text.strip().matches("(?s).*}\\s*[^{}\\s;]+\\s*;$")) {
            throw invalid("DODS: the DDS is not complete (unbalanced braces, or no closing '} name;')");
        }
    }
}
