package org.jwps.testprocesses.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Dictionary;
import java.util.Hashtable;

import org.jwps.api.Format;
import org.jwps.api.InputData;
import org.jwps.api.ValidationException;
import org.jwps.api.ValidationMode;
import org.jwps.api.Validator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * A format the server does not know, added by this bundle with its validator: the {@link Format}
 * service and a {@link Validator} for its mime type. Data is valid when it starts with
 * {@value #MAGIC}.
 */
@Component(service = Validator.class, property = Validator.MIME_TYPES + "=" + TestFormat.MIME_TYPE)
public class TestFormat implements Validator {
    /** The mime type of the format. */
    public static final String MIME_TYPE = "application/x-jwps-test";
    /** The format. */
    public static final Format FORMAT = new Format(MIME_TYPE, null, null, ".jwpstest");
    static final String MAGIC = "JWPS-TEST:";

    private ServiceRegistration<Format> registration;

    @Activate
    void activate(BundleContext context) {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("jwps.format.mimetype", MIME_TYPE);
        properties.put("jwps.format.name", "JWPS_TEST");
        registration = context.registerService(Format.class, FORMAT, properties);
    }

    @Deactivate
    void deactivate() {
        registration.unregister();
    }

    @Override
    public void validate(InputData data, ValidationMode mode) throws ValidationException, IOException {
        try (InputStream in = data.stream()) {
            String start = new String(in.readNBytes(MAGIC.length()), StandardCharsets.US_ASCII);
            if (!start.equals(MAGIC)) {
                throw new ValidationException("the data does not start with " + MAGIC);
            }
        }
    }
}
