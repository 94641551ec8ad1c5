package org.jwps.validators.internal;

import java.io.IOException;

import org.jwps.api.InputData;
import org.jwps.api.ValidationException;
import org.jwps.api.Validator;
import org.jwps.io.NetcdfInfo;
import org.osgi.service.component.annotations.Component;

/**
 * NetCDF. SIMPLE: classic ({@code CDF\1}, {@code \2}, {@code \5}) or NetCDF-4 (HDF5) signature.
 * STRICT and VERYSTRICT: the header parses and every variable's data is there (classic) or
 * reads (NetCDF-4).
 */
@Component(service = Validator.class, property = Validator.MIME_TYPES + "=application/x-netcdf")
public class NetcdfValidator extends AbstractValidator {

    @Override
    void simple(InputData data) throws ValidationException, IOException {
        if (!isNetcdf(head(data, 8))) {
            throw invalid("NetCDF: the data has neither a classic NetCDF (CDF) nor an HDF5 signature");
        }
    }

    static boolean isNetcdf(byte[] h) {
        return startsWith(h, 'C', 'D', 'F', 1) || startsWith(h, 'C', 'D', 'F', 2) || startsWith(h, 'C', 'D', 'F', 5)
                || startsWith(h, 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n');
    }

    @Override
    void strict(InputData data) throws ValidationException, IOException {
        NetcdfInfo.readFully(data.file());
    }
}
