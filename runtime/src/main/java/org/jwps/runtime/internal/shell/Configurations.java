package org.jwps.runtime.internal.shell;

import java.io.IOException;
import java.util.Collections;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.Map;

import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/** Reading and merging Config Admin configurations, as the commands need it. */
final class Configurations {
    private Configurations() {
    }

    /**
     * @param configAdmin Config Admin
     * @param pid         a configuration PID
     * @return its current properties; empty when there is no such configuration (nothing is created)
     */
    static Map<String, Object> read(ConfigurationAdmin configAdmin, String pid) throws IOException {
        Configuration configuration = find(configAdmin, pid);
        Dictionary<String, Object> properties = configuration == null ? null : configuration.getProperties();
        Map<String, Object> map = new HashMap<>();
        if (properties != null) {
            for (String key : Collections.list(properties.keys())) {
                map.put(key, properties.get(key));
            }
        }
        return map;
    }

    /**
     * Puts the values into the configuration, keeping its other properties, and updates it, so
     * listeners see one change. Creates the configuration when there is none. When File Install
     * manages it ({@code etc/<pid>.cfg}), File Install writes the change back to the file.
     *
     * @param configAdmin Config Admin
     * @param pid         a configuration PID
     * @param values      the properties to set
     */
    static void merge(ConfigurationAdmin configAdmin, String pid, Map<String, String> values) throws IOException {
        Configuration configuration = find(configAdmin, pid);
        if (configuration == null) {
            configuration = configAdmin.getConfiguration(pid, null);
        }
        Dictionary<String, Object> properties = configuration.getProperties();
        if (properties == null) {
            properties = new Hashtable<>();
        }
        for (Map.Entry<String, String> value : values.entrySet()) {
            properties.put(value.getKey(), value.getValue());
        }
        configuration.update(properties);
    }

    private static Configuration find(ConfigurationAdmin configAdmin, String pid) throws IOException {
        try {
            Configuration[] found = configAdmin.listConfigurations("(" + Constants.SERVICE_PID + "=" + pid + ")");
            return found == null || found.length == 0 ? null : found[0];
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException("not a PID: " + pid, e);
        }
    }
}
