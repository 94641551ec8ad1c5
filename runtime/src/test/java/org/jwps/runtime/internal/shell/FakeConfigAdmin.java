package org.jwps.runtime.internal.shell;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/** Config Admin in memory, as far as the commands use it: find by PID, get, read, update. */
final class FakeConfigAdmin {
    private static final Pattern PID_FILTER = Pattern.compile("\\(service\\.pid=([^)]+)\\)");

    final Map<String, Map<String, Object>> store = new HashMap<>();
    final List<String> updates = new ArrayList<>();

    ConfigurationAdmin proxy() {
        return (ConfigurationAdmin) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ConfigurationAdmin.class}, (self, method, args) -> switch (method.getName()) {
                    case "listConfigurations" -> {
                        Matcher m = PID_FILTER.matcher((String) args[0]);
                        yield m.matches() && store.containsKey(m.group(1))
                                ? new Configuration[] {configuration(m.group(1))} : null;
                    }
                    case "getConfiguration" -> configuration((String) args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private Configuration configuration(String pid) {
        return (Configuration) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Configuration.class}, (self, method, args) -> switch (method.getName()) {
                    case "getPid" -> pid;
                    case "getProperties" -> store.containsKey(pid) ? new Hashtable<>(store.get(pid)) : null;
                    case "update" -> {
                        @SuppressWarnings("unchecked")
                        Dictionary<String, Object> properties = (Dictionary<String, Object>) args[0];
                        Map<String, Object> copy = new HashMap<>();
                        for (String key : Collections.list(properties.keys())) {
                            copy.put(key, properties.get(key));
                        }
                        store.put(pid, copy);
                        updates.add(pid);
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
