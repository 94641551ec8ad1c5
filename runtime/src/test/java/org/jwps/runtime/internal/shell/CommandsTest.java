package org.jwps.runtime.internal.shell;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** wps:config-check and wps:import-pywps-config against Config Admin in memory. */
public class CommandsTest {
    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private final FakeConfigAdmin configAdmin = new FakeConfigAdmin();

    @Test
    public void configCheckPrintsErrorsWarningsAndAVerdict() {
        assertEquals(List.of("configuration OK"), ConfigCheckCommand.report(Map.of("url", "http://h/wps",
                "felix.fileinstall.filename", "file:/x/etc/org.jwps.cfg")));
        List<String> lines = ConfigCheckCommand.report(Map.of("maxrequestsize", "lots", "level", "DEBUG"));
        assertTrue(lines.toString(), lines.get(0).startsWith("ERROR   maxrequestsize = 'lots'"));
        assertTrue(lines.toString(), lines.get(1).startsWith("WARNING 'level' is ignored here"));
        assertEquals("1 invalid setting(s): the server keeps serving with its last good configuration until they "
                + "are fixed", lines.get(2));
        assertEquals("configuration OK, with 1 warning(s)",
                ConfigCheckCommand.report(Map.of("mode", "scheduler")).get(1));
    }

    @Test
    public void importMergesIntoTheExistingConfigurationAndPaxLogging() throws Exception {
        Map<String, Object> existing = new HashMap<>();
        existing.put("felix.fileinstall.filename", "file:/karaf/etc/org.jwps.cfg");
        existing.put("identification_title", "Before");
        existing.put("sync_wait", "5s");
        configAdmin.store.put("org.jwps", existing);
        ImportPywpsConfigCommand command = command(false);

        List<String> report = command.run(sample());

        Map<String, Object> after = configAdmin.store.get("org.jwps");
        assertEquals("PyWPS Processing Service", after.get("identification_title"));
        assertEquals("5s", after.get("sync_wait"));
        assertEquals("file:/karaf/etc/org.jwps.cfg", after.get("felix.fileinstall.filename"));
        assertEquals("3mb", after.get("maxrequestsize"));
        assertEquals(List.of("org.jwps", "org.ops4j.pax.logging"), configAdmin.updates);
        assertEquals(folder.getRoot().toPath().resolve("logs/pywps.log").toString(),
                configAdmin.store.get("org.ops4j.pax.logging").get("log4j2.appender.jwpsfile.fileName"));
        String text = String.join("\n", report);
        assertTrue(text, text.contains("[grass] gisbase not mapped"));
        assertTrue(text, text.contains("Written: 32 setting(s) to org.jwps, 9 to org.ops4j.pax.logging."));
        assertTrue(text, text.endsWith("  configuration OK"));
    }

    @Test
    public void aDryRunWritesNothing() throws Exception {
        List<String> report = command(true).run(sample());
        assertEquals(List.of(), configAdmin.updates);
        assertTrue(report.toString(), report.contains("Dry run: nothing written."));
        assertTrue(report.toString(), report.contains("The configuration would be (wps:config-check):"));
    }

    private ImportPywpsConfigCommand command(boolean dryRun) {
        ImportPywpsConfigCommand command = new ImportPywpsConfigCommand();
        command.configAdmin = configAdmin.proxy();
        command.dryRun = dryRun;
        return command;
    }

    /** The sample in a folder of its own: its relative log file resolves there. */
    private Path sample() throws Exception {
        Path file = folder.getRoot().toPath().resolve("pywps.cfg");
        try (InputStream in = getClass().getResourceAsStream("/pywps/pywps-4.2-sample.cfg")) {
            Files.copy(in, file);
        }
        return file;
    }
}
