package org.jwps.runtime.internal.http;

import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.junit.After;
import org.junit.Test;
import org.jwps.runtime.internal.registry.ProcessRegistry;
import org.jwps.runtime.internal.validation.ValidatorRegistry;

/** A configuration change with an invalid setting is not applied; the next valid one is. */
public class LastGoodConfigurationTest {
    private static final String CAPABILITIES = "service=WPS&request=GetCapabilities";

    private final TestWps wps = new TestWps(new ProcessRegistry(), new ValidatorRegistry(),
            config("identification_title", "First"));
    private final WpsService service = wps.service;

    @After
    public void tearDown() {
        wps.close();
    }

    private static Map<String, Object> config(String... keysAndValues) {
        Map<String, Object> config = new HashMap<>();
        config.put("url", "http://wps.example.org/wps");
        for (int i = 0; i < keysAndValues.length; i += 2) {
            config.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return config;
    }

    private String capabilities() {
        return new String(service.get(CAPABILITIES).body(), StandardCharsets.UTF_8);
    }

    @Test
    public void anInvalidChangeKeepsTheLastGoodConfiguration() {
        assertTrue(capabilities().contains(">First<"));
        service.configure(config("identification_title", "Rejected", "maxrequestsize", "lots"));
        assertTrue(capabilities().contains(">First<"));
        service.configure(config("identification_title", "Rejected too", "identification_titel", "typo"));
        assertTrue(capabilities().contains(">First<"));
        service.configure(config("identification_title", "Second"));
        assertTrue(capabilities().contains(">Second<"));
    }

    @Test
    public void atStartupAnInvalidConfigurationRunsWithDefaultsForTheInvalidValues() {
        try (TestWps started = new TestWps(new ProcessRegistry(), new ValidatorRegistry(),
                config("identification_title", "Started", "parallelprocesses", "many"))) {
            assertTrue(new String(started.service.get(CAPABILITIES).body(), StandardCharsets.UTF_8)
                    .contains(">Started<"));
        }
    }
}
