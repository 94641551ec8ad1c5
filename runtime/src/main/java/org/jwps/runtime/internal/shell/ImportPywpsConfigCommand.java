package org.jwps.runtime.internal.shell;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.jwps.runtime.internal.config.Catalogue;
import org.jwps.runtime.internal.config.IniFile;
import org.jwps.runtime.internal.config.Migration;
import org.jwps.runtime.internal.config.PywpsImport;
import org.jwps.runtime.internal.config.Settings;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * {@code wps:import-pywps-config FILE [--dry-run]}: reads a PyWPS {@code pywps.cfg}, merges what it
 * can map into {@code org.jwps} (and {@code [logging]} level, file and format into pax-logging's
 * configuration), and prints what was mapped, what was not and why, and whether the resulting
 * configuration is valid. Relative paths in the file are taken relative to the file's folder.
 */
@Service
@Command(scope = "wps", name = "import-pywps-config",
        description = "Imports a PyWPS pywps.cfg into the JWPS configuration (org.jwps) and reports what it "
                + "could not map")
public class ImportPywpsConfigCommand implements Action {
    @Argument(index = 0, name = "file", description = "the pywps.cfg to import", required = true)
    @Completion(FileCompleter.class)
    String file;

    @Option(name = "--dry-run", aliases = "-n", description = "print what would be written, write nothing")
    boolean dryRun;

    @Reference
    ConfigurationAdmin configAdmin;

    @Override
    public Object execute() throws Exception {
        Path path = Path.of(file).toAbsolutePath().normalize();
        if (!Files.isRegularFile(path)) {
            System.err.println("No such file: " + path);
            return null;
        }
        run(path).forEach(System.out::println);
        return null;
    }

    /**
     * @param path the pywps.cfg
     * @return the report lines
     */
    List<String> run(Path path) throws IOException {
        Migration migration = PywpsImport.map(read(path), path.getParent());
        List<String> lines = new ArrayList<>(List.of("Importing " + path));
        lines.addAll(migration.report());
        Map<String, Object> result = new HashMap<>(Configurations.read(configAdmin, Catalogue.PID));
        result.putAll(migration.jwps());
        if (dryRun) {
            lines.add("Dry run: nothing written.");
        } else {
            if (!migration.jwps().isEmpty()) {
                Configurations.merge(configAdmin, Catalogue.PID, migration.jwps());
            }
            if (!migration.paxLogging().isEmpty()) {
                Configurations.merge(configAdmin, Catalogue.PAX_LOGGING_PID, migration.paxLogging());
            }
            lines.add("Written: " + migration.jwps().size() + " setting(s) to " + Catalogue.PID + ", "
                    + migration.paxLogging().size() + " to " + Catalogue.PAX_LOGGING_PID + ".");
        }
        lines.add((dryRun ? "The configuration would be" : "The configuration is now") + " (wps:config-check):");
        ConfigCheckCommand.report(result).forEach(line -> lines.add("  " + line));
        return lines;
    }

    /** PyWPS files are text in the platform's encoding, nearly always UTF-8 or ASCII; never refuse one over a byte. */
    private static IniFile read(Path path) throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(path),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE)))) {
            return IniFile.parse(reader);
        }
    }
}
