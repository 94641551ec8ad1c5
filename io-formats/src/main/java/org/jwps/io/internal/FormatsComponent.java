package org.jwps.io.internal;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jwps.api.Format;
import org.jwps.api.Formats;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers every constant of {@link Formats} as a {@link Format} service, with the properties
 * {@value #NAME} (the constant's name, e.g. {@code GEOJSON}), {@value #MIME_TYPE},
 * {@value #EXTENSION}, {@value #ENCODING} and {@value #SCHEMA} (the last three only when set).
 * A bundle adds a format the same way: register a {@code Format} with these properties.
 */
@Component(immediate = true)
public class FormatsComponent {
    /** Service property: the format's short name. */
    public static final String NAME = "jwps.format.name";
    /** Service property: the mime type. */
    public static final String MIME_TYPE = "jwps.format.mimetype";
    /** Service property: the file extension, with its dot. */
    public static final String EXTENSION = "jwps.format.extension";
    /** Service property: the encoding. */
    public static final String ENCODING = "jwps.format.encoding";
    /** Service property: the schema. */
    public static final String SCHEMA = "jwps.format.schema";
    private static final Logger LOG = LoggerFactory.getLogger(FormatsComponent.class);

    private final List<ServiceRegistration<Format>> registrations = new ArrayList<>();

    /** @return the known formats by constant name, in declaration order */
    public static Map<String, Format> known() {
        Map<String, Format> out = new LinkedHashMap<>();
        for (Field f : Formats.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Format.class) {
                try {
                    out.put(f.getName(), (Format) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return out;
    }

    /** @param format a format @param name its short name @return its service properties */
    public static Hashtable<String, Object> properties(String name, Format format) {
        Hashtable<String, Object> p = new Hashtable<>();
        p.put(NAME, name);
        p.put(MIME_TYPE, format.mimeType());
        if (format.extension() != null) {
            p.put(EXTENSION, format.extension());
        }
        if (format.encoding() != null) {
            p.put(ENCODING, format.encoding());
        }
        if (format.schema() != null) {
            p.put(SCHEMA, format.schema());
        }
        return p;
    }

    @Activate
    void activate(BundleContext context) {
        for (Map.Entry<String, Format> e : known().entrySet()) {
            registrations.add(context.registerService(Format.class, e.getValue(), properties(e.getKey(), e.getValue())));
        }
        LOG.info("Registered {} formats", registrations.size());
    }

    @Deactivate
    void deactivate() {
        for (ServiceRegistration<Format> r : registrations) {
            try {
                r.unregister();
            } catch (IllegalStateException e) {
                // already gone with the bundle
            }
        }
        registrations.clear();
    }
}
