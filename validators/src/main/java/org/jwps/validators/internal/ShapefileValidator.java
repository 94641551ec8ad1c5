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
 * Zipped Shapefile. SIMPLE: a safe zip archive with a .shp and its .shx and .dbf. STRICT: every
 * record of the .shp and .dbf reads and their counts agree with the .shx. VERYSTRICT: as
 * STRICT (a shapefile has no schema; PyWPS does the same).
 */
@Component(service = Validator.class, property = Validator.MIME_TYPES + "=application/x-zipped-shp")
public class ShapefileValidator extends AbstractValidator {

    @Override
    void simple(InputData data) throws ValidationException, IOException {
        List<String> names = Archives.entryNames(data.stream(), "zipped shapefile").stream()
                .map(n -> n.toLowerCase(Locale.ROOT)).toList();
        String shp = names.stream().filter(n -> n.endsWith(".shp")).findFirst()
                .orElseThrow(() -> invalid("zipped shapefile: no .shp file in the archive (found " + names + ")"));
        String base = shp.substring(0, shp.length() - 4);
        for (String ext : new String[] {".shx", ".dbf"}) {
            if (!names.contains(base + ext)) {
                throw invalid("zipped shapefile: " + base + ".shp has no " + base + ext + " in the archive");
            }
        }
    }

    @Override
    void strict(InputData data) throws ValidationException, IOException {
        GmlValidator.readAll(data);
    }
}
