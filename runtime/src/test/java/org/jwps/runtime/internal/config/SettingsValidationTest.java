package org.jwps.runtime.internal.config;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** What makes a configuration unusable (errors), what is only worth a warning, and which one a service keeps. */
public class SettingsValidationTest {
    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private static Settings settings(String... keysAndValues) {
        Map<String, Object> properties = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            properties.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return Settings.from(properties);
    }

    private static void assertError(Settings settings, String fragment) {
        assertFalse(settings.isUsable());
        assertTrue(settings.errors().toString(), settings.errors().stream().anyMatch(e -> e.contains(fragment)));
    }

    @Test
    public void theDefaultsAreUsableAndQuiet() {
        Settings settings = Settings.defaults();
        assertTrue(settings.isUsable());
        assertEquals(List.of(), settings.problems());
    }

    @Test
    public void propertiesOfTheFrameworkAreNoUnknownSettings() {
        Settings settings = settings("service.pid", "org.jwps", "felix.fileinstall.filename", "file:/etc/org.jwps.cfg",
                "component.name", "x", "component.id", "3", "org.apache.karaf.features.configKey", "org.jwps");
        assertEquals(List.of(), settings.problems());
    }

    @Test
    public void anUnknownKeyIsAnErrorWithTheClosestName() {
        Settings settings = settings("identification_titel", "Typo");
        assertError(settings, "unknown setting 'identification_titel' (did you mean identification_title?)");
        assertError(settings("colour", "blue"), "unknown setting 'colour'");
    }

    @Test
    public void badNumbersAreErrorsAndFallBackToTheDefault() {
        Settings settings = settings("parallelprocesses", "many", "maxrequestsize", "lots", "maxprocesses", "-1");
        assertError(settings, "parallelprocesses = 'many' is not a whole number");
        assertError(settings, "maxrequestsize = 'lots' is not a size");
        assertError(settings, "maxprocesses = -1 is outside 0 to 1000000");
        assertEquals(2, settings.parallelProcesses());
        assertEquals(3 * 1024 * 1024, settings.maxRequestSize());
        assertError(settings("parallelprocesses", "0"), "parallelprocesses = 0 is outside 1 to 1024");
        assertError(settings("maxsingleinputsize", "0"), "must be larger than zero");
        assertError(settings("job_retention", "a week"), "job_retention = 'a week' is not a duration");
        assertError(settings("cleantempdir", "sometimes"), "cleantempdir = 'sometimes' is not true or false");
        assertError(settings("language", " , "), "names no language");
    }

    @Test
    public void perProcessTimeLimitsAreCheckedWhenConfigured() {
        Settings settings = settings("maxexecutiontime", "1h", "maxexecutiontime.say_hello", "5m");
        assertTrue(settings.problems().toString(), settings.isUsable());
        assertEquals(Duration.ofMinutes(5), settings.maxExecutionTime("say_hello"));
        assertEquals(Duration.ofHours(1), settings.maxExecutionTime("echo"));
        assertError(settings("maxexecutiontime.echo", "soon"), "maxexecutiontime.echo = 'soon'");
        assertError(settings("maxexecutiontime.", "5m"), "names no process");
    }

    @Test
    public void aDirectoryThatCannotBeWrittenIsAnError() throws Exception {
        Path file = folder.newFile("taken").toPath();
        assertError(settings("outputpath", file.toString()), "outputpath " + file + " is not a directory");
        Path below = file.resolve("outputs");
        assertError(settings("workdir", below.toString()), "workdir " + below + " cannot be created: " + file);
        Path creatable = folder.getRoot().toPath().resolve("new/outputs");
        assertTrue(settings("outputpath", creatable.toString(), "workdir", creatable.toString()).isUsable());
        assertFalse("checking creates nothing", Files.exists(creatable));
    }

    @Test
    public void urlsMustBeAbsoluteHttp() {
        assertError(settings("url", "/wps"), "url = '/wps' is not an absolute http or https URL");
        assertError(settings("outputurl", "ftp://example.org/out"), "outputurl");
        assertTrue(settings("url", "https://wps.example.org/wps", "outputurl", "http://cdn.example.org/o/").isUsable());
    }

    @Test
    public void encodingModeAndDatabaseAreChecked() {
        assertError(settings("encoding", "ISO-8859-1"), "JWPS writes UTF-8 only");
        assertTrue(settings("encoding", "UTF-8").isUsable());
        assertError(settings("mode", "threads"), "mode = 'threads' is not one of");
        Settings scheduler = settings("mode", "scheduler");
        assertTrue(scheduler.isUsable());
        assertTrue(scheduler.warnings().toString(), scheduler.warnings().get(0).contains("no scheduler backend"));
        Settings sqlAlchemy = settings("database", "postgresql+psycopg2://wps:secret@db:5432/wps");
        assertError(sqlAlchemy, "wps:import-pywps-config converts PostgreSQL ones");
        assertFalse("the password stays out of the message", sqlAlchemy.errors().toString().contains("secret"));
        assertTrue(settings("database", "jdbc:postgresql://db/wps?user=wps&password=x").isUsable());
    }

    @Test
    public void pywpsLoggingKeysAreAcceptedWithAPointerToPaxLogging() {
        Settings settings = settings("level", "DEBUG");
        assertTrue(settings.isUsable());
        assertTrue(settings.warnings().toString(), settings.warnings().get(0).contains("log:set"));
    }

    @Test
    public void aServiceKeepsItsLastGoodSettings() {
        Settings good = settings("identification_title", "Good");
        Settings bad = settings("identification_title", "Bad", "maxrequestsize", "huge");
        Settings better = settings("identification_title", "Better");
        assertSame(bad, Settings.choose(null, bad));
        assertSame(good, Settings.choose(null, good));
        assertSame(good, Settings.choose(good, bad));
        assertSame(better, Settings.choose(good, better));
    }
}
