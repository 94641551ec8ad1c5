package org.jwps.validators.internal;

import static org.junit.Assert.assertTrue;

import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jwps.api.Format;
import org.jwps.api.Formats;
import org.junit.Test;

/** Every known format has a Validator service, as the generated component descriptions declare. */
public class RegistrationTest {

    @Test
    public void everyFormatHasAValidator() throws Exception {
        URL osgiInf = getClass().getResource("/OSGI-INF");
        org.junit.Assume.assumeNotNull(osgiInf); // written by bnd in process-classes
        Set<String> mimeTypes = new HashSet<>();
        Pattern values = Pattern.compile("name=\"jwps.validator.mimetypes\"[^>]*?(?:value=\"([^\"]*)\"|>([^<]*)<)", Pattern.DOTALL);
        try (Stream<Path> files = Files.list(new File(osgiInf.toURI()).toPath())) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Matcher m = values.matcher(Files.readString(p));
                while (m.find()) {
                    String v = m.group(1) != null ? m.group(1) : m.group(2);
                    for (String s : v.split("\n")) {
                        if (!s.isBlank()) {
                            mimeTypes.add(s.trim().toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
        }
        for (java.lang.reflect.Field f : Formats.class.getFields()) {
            if (f.getType() == Format.class) {
                String m = ((Format) f.get(null)).mimeType().toLowerCase(Locale.ROOT);
                String base = m.contains(";") ? m.substring(0, m.indexOf(';')).trim() : m;
                assertTrue(f.getName() + " " + m + " has no validator in " + mimeTypes,
                        mimeTypes.contains(m) || mimeTypes.contains(base));
            }
        }
    }
}
