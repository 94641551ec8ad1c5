package org.jwps.runtime.internal.config;

import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks every new configuration of PID {@code org.jwps} and logs its problems once, in one
 * place: an error line per invalid setting, saying that the server keeps its last good
 * configuration, and a warning line per doubtful one. {@code wps:config-check} shows the same
 * on demand. Also carries the metatype designation of the PID.
 */
@Component(service = {}, configurationPid = Catalogue.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = JwpsConfiguration.class)
public class ConfigurationMonitor {
    private static final Logger LOG = LoggerFactory.getLogger(ConfigurationMonitor.class);

    /** For DS. */
    public ConfigurationMonitor() {
    }

    @Activate
    @Modified
    void check(Map<String, Object> properties) {
        log(Settings.from(properties));
    }

    /**
     * @param settings the settings of a new configuration
     */
    static void log(Settings settings) {
        if (!settings.isUsable()) {
            LOG.error("Configuration {} has {} invalid setting(s) and is not applied: the server keeps serving "
                    + "with its last good configuration (at startup: with defaults for the invalid values). "
                    + "wps:config-check lists them.", Catalogue.PID, settings.errors().size());
        }
        settings.errors().forEach(e -> LOG.error("Configuration {}: {}", Catalogue.PID, e));
        settings.warnings().forEach(w -> LOG.warn("Configuration {}: {}", Catalogue.PID, w));
        if (settings.problems().isEmpty()) {
            LOG.info("Configuration {} checked: OK", Catalogue.PID);
        }
    }
}
