package org.jwps.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Dictionary;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javax.inject.Inject;

import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The configuration PID {@code org.jwps} inside Karaf: a change through Config Admin shows in
 * the next GetCapabilities, an invalid one is not applied and {@code wps:config-check} says why,
 * {@code wps:import-pywps-config} turns PyWPS 4.2's sample {@code pywps.cfg} into JWPS settings
 * (and a pax-logging file appender), and every log line of a request carries its id.
 * Shell commands run through Karaf's {@link SessionFactory}, as typed in the console.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ConfigurationIT extends JwpsPaxExamSupport {
    private static final String PID = "org.jwps";
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(ConfigurationIT.class);

    @Inject
    private BundleContext bundleContext;

    @Inject
    private ConfigurationAdmin configAdmin;

    @Inject
    private SessionFactory sessionFactory;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Override
    protected Option[] extraOptions() {
        // the sample lives with the importer's unit tests: <repository>/runtime/src/test/resources
        File repository = new File(System.getProperty("jwps.build.dir", "target")).getAbsoluteFile()
                .getParentFile().getParentFile();
        File sample = new File(repository, "runtime/src/test/resources/pywps/pywps-4.2-sample.cfg");
        return new Option[] {systemProperty("jwps.pywps.sample").value(sample.getAbsolutePath())};
    }

    @Test
    public void aChangeThroughConfigAdminShowsInTheNextGetCapabilities() throws Exception {
        String title = "Edited through Config Admin " + System.nanoTime();
        update(props -> props.put("identification_title", title));
        Capabilities.await(http, wpsUrl(), body -> body.contains(">" + title + "<"));
        String meta = shell("config:meta org.jwps");
        assertTrue(meta, meta.contains("identification_title") && meta.contains("Title of the service"));
    }

    @Test
    public void anInvalidChangeKeepsTheLastGoodConfigurationAndConfigCheckSaysWhy() throws Exception {
        String good = "Good" + System.nanoTime();
        update(props -> {
            props.remove("maxrequestsize");
            props.put("identification_title", good);
        });
        Capabilities.await(http, wpsUrl(), body -> body.contains(">" + good + "<"));

        String rejected = "Rejected" + System.nanoTime();
        update(props -> {
            props.put("identification_title", rejected);
            props.put("maxrequestsize", "lots");
        });
        // Declarative Services has handed the new configuration to WpsService once its service
        // properties carry it; only then does the unchanged title prove anything
        await(() -> wpsServiceHas("identification_title", rejected), "WpsService to receive the invalid change");
        String capabilities = Capabilities.await(http, wpsUrl(), body -> true);
        assertTrue(capabilities, capabilities.contains(">" + good + "<"));
        assertFalse(capabilities, capabilities.contains(rejected));

        String check = shell("wps:config-check");
        assertTrue(check, check.contains("ERROR   maxrequestsize = 'lots' is not a size like 3mb"));
        assertTrue(check, check.contains("keeps serving with its last good configuration"));

        String fixed = "Fixed" + System.nanoTime();
        update(props -> {
            props.remove("maxrequestsize");
            props.put("identification_title", fixed);
        });
        Capabilities.await(http, wpsUrl(), body -> body.contains(">" + fixed + "<"));
        assertTrue(shell("wps:config-check").contains("configuration OK"));
    }

    @Test
    public void importingPywpsSampleWritesTheEquivalentConfiguration() throws Exception {
        // a copy in a folder of its own: the sample's relative log file resolves next to it
        Path folder = Files.createTempDirectory(Path.of(System.getProperty("karaf.data"), "tmp"), "pywps-");
        Path cfg = Files.copy(Path.of(System.getProperty("jwps.pywps.sample")), folder.resolve("pywps.cfg"));

        String before = String.valueOf(configAdmin.getConfiguration(PID, null).getProperties().get("identification_title"));
        String dryRun = shell("wps:import-pywps-config --dry-run " + cfg);
        assertTrue(dryRun, dryRun.contains("Dry run: nothing written."));
        assertEquals(before, String.valueOf(configAdmin.getConfiguration(PID, null).getProperties()
                .get("identification_title")));

        String report = shell("wps:import-pywps-config " + cfg);
        assertTrue(report, report.contains("[metadata:main] identification_title -> identification_title = "
                + "PyWPS Processing Service"));
        assertTrue(report, report.contains("[grass] gisbase not mapped: JWPS does not set up GRASS GIS sessions"));
        assertTrue(report, report.contains("[logging] database not mapped: 'sqlite:///logs/pywps-logs.sqlite3'"));
        assertTrue(report, report.contains("Written: 32 setting(s) to org.jwps, 9 to org.ops4j.pax.logging."));
        assertTrue(report, report.contains("configuration OK"));

        Dictionary<String, Object> jwps = configAdmin.getConfiguration(PID, null).getProperties();
        assertEquals("PyWPS Processing Service", jwps.get("identification_title"));
        assertEquals("Lastname, Firstname", jwps.get("contact_name"));
        assertEquals("http://localhost/wps", jwps.get("url"));
        assertEquals("3mb", jwps.get("maxrequestsize"));
        assertEquals("/tmp/outputs", jwps.get("outputpath"));
        assertEquals("/tmp", jwps.get("allowedinputpaths"));
        assertEquals("default", jwps.get("mode"));
        assertNull("the H2 job store stays", jwps.get("database"));
        assertTrue("settings of the distribution stay", jwps.get("reference_total_timeout") != null);
        Capabilities.await(http, wpsUrl(), body -> body.contains(">PyWPS Processing Service<"));

        Dictionary<String, Object> logging = configAdmin.getConfiguration("org.ops4j.pax.logging", null)
                .getProperties();
        assertEquals("INFO", logging.get("log4j2.logger.jwps.level"));
        Path logFile = folder.resolve("logs/pywps.log");
        assertEquals(logFile.toString(), logging.get("log4j2.appender.jwpsfile.fileName"));
        // pax-logging applies the new appender asynchronously: log until a line arrives in the file
        String marker = "probe-" + System.nanoTime();
        await(() -> {
            LOG.info(marker);
            return contains(logFile, marker);
        }, "a line of logger org.jwps in " + logFile);
        assertTrue("the PyWPS format: [LEVEL] and function=", Files.readString(logFile).contains("] [INFO] file="));
    }

    @Test
    public void everyLogLineOfARequestCarriesItsId() throws Exception {
        shell("log:set INFO org.jwps.runtime.internal.execute");
        String id = "cfgit" + System.nanoTime();
        HttpRequest request = HttpRequest.newBuilder(URI.create(wpsUrl() + "?service=WPS&version=1.0.0"
                        + "&request=Execute&identifier=raise_error&DataInputs=message=" + id))
                .header("X-Request-ID", id).timeout(Duration.ofSeconds(30)).build();
        awaitActive(bundleContext, "org.jwps.jwps-sample-processes", 60, TimeUnit.SECONDS);
        Capabilities.await(http, wpsUrl(), body -> body.contains(">raise_error<"));
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(id, response.headers().firstValue("X-Request-ID").orElse(null));

        // karaf.log, in the distribution's layout: "... | <request id> | ... | Process raise_error (job ...) failed: <id>"
        Path karafLog = Path.of(System.getProperty("karaf.log"), "karaf.log");
        await(() -> contains(karafLog, "| " + id + " |"), "the request id in " + karafLog);
        String line = Files.readAllLines(karafLog).stream().filter(l -> l.contains("| " + id + " |"))
                .findFirst().orElseThrow();
        assertTrue(line, line.contains("Process raise_error") && line.endsWith("failed: " + id));
    }

    private interface Edit {
        void apply(Dictionary<String, Object> properties);
    }

    private void update(Edit edit) throws Exception {
        Configuration configuration = configAdmin.getConfiguration(PID, null);
        Dictionary<String, Object> properties = configuration.getProperties();
        edit.apply(properties);
        configuration.update(properties);
    }

    private boolean wpsServiceHas(String key, String value) {
        try {
            return bundleContext.getServiceReferences((String) null, "(&(objectClass=org.jwps.runtime.internal.http"
                    + ".WpsService)(" + key + "=" + value + "))") != null;
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static boolean contains(Path file, String text) {
        try {
            return Files.exists(file) && Files.readString(file, StandardCharsets.UTF_8).contains(text);
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + PATIENCE + " for " + what);
            }
            Thread.sleep(100);
        }
    }

    private String shell(String command) throws Exception {
        try (KarafShell shell = new KarafShell(sessionFactory)) {
            return shell.run(command);
        }
    }
}
