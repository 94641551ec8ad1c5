package org.jwps.runtime.internal.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.jwps.runtime.internal.config.Catalogue;
import org.jwps.runtime.internal.config.Settings;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * {@code wps:config-check}: checks the configuration Config Admin holds now for {@code org.jwps}
 * (what {@code etc/org.jwps.cfg} or {@code config:edit} last gave) and prints its problems, or
 * {@code configuration OK}. When there are errors, the server runs with its last good configuration.
 */
@Service
@Command(scope = "wps", name = "config-check",
        description = "Checks the JWPS configuration (PID org.jwps, etc/org.jwps.cfg) and prints its problems")
public class ConfigCheckCommand implements Action {
    @Reference
    ConfigurationAdmin configAdmin;

    @Override
    public Object execute() throws Exception {
        report(Configurations.read(configAdmin, Catalogue.PID)).forEach(System.out::println);
        return null;
    }

    /**
     * @param properties the configuration's properties
     * @return the lines to print: one per error and warning, then a verdict
     */
    static List<String> report(Map<String, Object> properties) {
        Settings settings = Settings.from(properties);
        List<String> lines = new ArrayList<>();
        settings.errors().forEach(e -> lines.add("ERROR   " + e));
        settings.warnings().forEach(w -> lines.add("WARNING " + w));
        if (!settings.isUsable()) {
            lines.add(settings.errors().size() + " invalid setting(s): the server keeps serving with its last good "
                    + "configuration until they are fixed");
        } else if (settings.warnings().isEmpty()) {
            lines.add("configuration OK");
        } else {
            lines.add("configuration OK, with " + settings.warnings().size() + " warning(s)");
        }
        return lines;
    }
}
