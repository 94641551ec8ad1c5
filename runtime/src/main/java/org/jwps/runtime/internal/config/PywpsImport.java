package org.jwps.runtime.internal.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps a PyWPS 4.2 {@code pywps.cfg} onto JWPS settings: {@code [metadata:main]}, {@code [server]}
 * and {@code [processing]} onto {@code org.jwps} under the same names, {@code [logging]} through
 * {@link PywpsLogging}, and everything else is reported as not mapped, with the reason. Values
 * are converted where the two servers read them differently (sizes, relative paths). Options
 * left empty are not mapped: JWPS keeps its default, as PyWPS would have kept its own.
 */
public final class PywpsImport {
    /** The options PyWPS 4.2 reads, per section; a DEFAULT option counts only where it is read. */
    private static final Map<String, Set<String>> READ = Map.of(
            "server", Set.of("url", "outputurl", "language", "encoding", "parallelprocesses", "maxprocesses",
                    "maxinputparamlength", "maxrequestsize", "maxsingleinputsize", "workdir", "outputpath",
                    "allowedinputpaths", "cleantempdir", "storagetype", "processes", "processes_path", "temp_path",
                    "sethomedir", "storage_copy_function"),
            "processing", Set.of("mode", "path", "drmaa_native_specification"),
            "logging", PywpsLogging.OPTIONS,
            "grass", Set.of("gisbase"),
            "s3", Set.of("bucket", "region", "prefix", "public", "encrypt"),
            "jobqueue", Set.of("pause"));

    /** PyWPS 3 names that PyWPS 4 no longer reads, with their PyWPS 4 successor. */
    private static final Map<String, String> PYWPS3 = Map.of(
            "maxoperations", "maxprocesses", "maxfilesize", "maxsingleinputsize", "temppath", "workdir",
            "logfile", "[logging] file", "loglevel", "[logging] level", "logdatabase", "[logging] database");

    private static final Pattern PYWPS_SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([a-z]*)");

    private final IniFile ini;
    private final Path baseDir;
    private final Migration migration;

    private PywpsImport(IniFile ini, Path baseDir) {
        this.ini = ini;
        this.baseDir = baseDir;
        this.migration = new Migration(ini.problems());
    }

    /**
     * @param ini     a parsed {@code pywps.cfg}
     * @param baseDir the folder relative paths in the file are resolved against (PyWPS resolves them
     *                against its working directory, usually the file's folder)
     * @return the JWPS properties and the report
     */
    public static Migration map(IniFile ini, Path baseDir) {
        PywpsImport run = new PywpsImport(ini, baseDir.toAbsolutePath().normalize());
        run.sections();
        return run.migration;
    }

    private void sections() {
        Set<String> usedDefaults = new LinkedHashSet<>();
        for (String section : ini.sections()) {
            Set<String> keys = new LinkedHashSet<>(ini.options(section).keySet());
            for (String inherited : ini.options(IniFile.DEFAULT).keySet()) {
                if (READ.getOrDefault(section, metadataNames(section)).contains(inherited) && keys.add(inherited)) {
                    usedDefaults.add(inherited);
                }
            }
            if (section.equals("logging")) {
                PywpsLogging.map(ini, baseDir, keys, migration);
                continue;
            }
            for (String key : keys) {
                option(section, key, ini.get(section, key).orElse("").strip());
            }
        }
        for (String key : ini.options(IniFile.DEFAULT).keySet()) {
            if (!usedDefaults.contains(key)) {
                migration.notMapped("[DEFAULT] " + key, "read by no section; only used for %(" + key + ")s references");
            }
        }
    }

    private static Set<String> metadataNames(String section) {
        Set<String> names = new LinkedHashSet<>();
        Catalogue.all().stream().filter(s -> s.section().equals(section)).forEach(s -> names.add(s.name()));
        return names;
    }

    private void option(String section, String key, String value) {
        String source = "[" + section + "] " + key;
        switch (section) {
            case "metadata:main" -> {
                if (!metadataNames(section).contains(key)) {
                    migration.notMapped(source, "not a [metadata:main] option PyWPS 4.2 reads");
                } else if (nonEmpty(source, value)) {
                    migration.toJwps(source, key, value, null);
                }
            }
            case "server" -> server(source, key, value);
            case "processing" -> processing(source, key, value);
            case "grass" -> migration.notMapped(source, "JWPS does not set up GRASS GIS sessions for processes");
            case "s3" -> migration.notMapped(source, "S3 storage is not supported: outputs are files under outputpath");
            case "jobqueue" -> migration.notMapped(source, "JWPS's job queue has no polling pause");
            default -> migration.notMapped(source, "[" + section + "] is not a section PyWPS 4.2 reads");
        }
    }

    private boolean nonEmpty(String source, String value) {
        if (value.isEmpty()) {
            migration.notMapped(source, "empty: the JWPS default is kept");
            return false;
        }
        return true;
    }

    private void server(String source, String key, String value) {
        if (PYWPS3.containsKey(key)) {
            migration.notMapped(source, "a PyWPS 3 option PyWPS 4 ignores too; its successor is " + PYWPS3.get(key));
            return;
        }
        switch (key) {
            case "processes", "processes_path" ->
                    migration.notMapped(source, "JWPS processes are OSGi bundles: drop their jars into deploy/");
            case "temp_path" -> migration.notMapped(source, "JWPS has no separate temporary folder: executions use workdir");
            case "sethomedir" -> migration.notMapped(source, "JWPS does not change HOME for processes");
            case "storage_copy_function" -> migration.notMapped(source, "outputs are always copied into outputpath");
            case "storagetype" -> migration.notMapped(source, value.equalsIgnoreCase("file")
                    ? "nothing to set: JWPS stores outputs as files under outputpath"
                    : "only file storage is supported: outputs are files under outputpath");
            default -> {
                if (!READ.get("server").contains(key)) {
                    migration.notMapped(source, "not a [server] option PyWPS 4.2 reads");
                } else if (nonEmpty(source, value)) {
                    serverValue(source, key, value);
                }
            }
        }
    }

    private void serverValue(String source, String key, String value) {
        switch (key) {
            case "url", "outputurl" -> {
                String lower = value.toLowerCase(Locale.ROOT);
                if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
                    migration.notMapped(source, "'" + value + "' is not an absolute http(s) URL; the JWPS default is "
                            + "kept (outputurl: the url setting + /outputs, served by JWPS)");
                } else {
                    boolean wpsPath = !key.equals("url") || value.replaceAll("/+$", "").endsWith("/wps");
                    migration.toJwps(source, key, value, wpsPath ? null
                            : "JWPS answers at /wps: let the proxy in front forward this URL there");
                }
            }
            case "encoding" -> {
                if (value.equalsIgnoreCase("utf-8") || value.equalsIgnoreCase("utf8")) {
                    migration.toJwps(source, key, "utf-8", null);
                } else {
                    migration.notMapped(source, "'" + value + "': JWPS writes UTF-8 only");
                }
            }
            case "parallelprocesses", "maxprocesses", "maxinputparamlength" -> {
                if (value.matches("-?\\d{1,9}")) {
                    migration.toJwps(source, key, value, null);
                } else {
                    migration.notMapped(source, "'" + value + "' is not a whole number");
                }
            }
            case "maxrequestsize", "maxsingleinputsize" -> size(source, key, value);
            case "workdir", "outputpath" -> migration.toJwps(source, key, path(value), relativeNote(value));
            case "allowedinputpaths" -> {
                List<String> paths = new ArrayList<>();
                for (String entry : value.split(":")) { // PyWPS separates them with os.pathsep
                    if (!entry.isBlank()) {
                        paths.add(path(entry.strip()));
                    }
                }
                migration.toJwps(source, key, String.join(",", paths), relativeNote(value));
            }
            case "cleantempdir" -> {
                String lower = value.toLowerCase(Locale.ROOT);
                if (lower.equals("true") || lower.equals("false")) {
                    migration.toJwps(source, key, lower, null);
                } else {
                    migration.notMapped(source, "'" + value + "' is not true or false");
                }
            }
            default -> migration.toJwps(source, key, value, null); // language
        }
    }

    /** PyWPS reads a size's unit by its first letter, and a bare number as megabytes. */
    private void size(String source, String key, String value) {
        Matcher m = PYWPS_SIZE.matcher(value.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            migration.notMapped(source, "'" + value + "' is not a size like 3mb");
            return;
        }
        if (Double.parseDouble(m.group(1)) == 0) {
            migration.notMapped(source, "0 means no limit to PyWPS; JWPS always has one, its default is kept");
            return;
        }
        String unit = m.group(2);
        String jwpsUnit = unit.startsWith("g") ? "gb" : unit.startsWith("k") ? "kb" : "mb";
        String converted = m.group(1) + jwpsUnit;
        migration.toJwps(source, key, converted, unit.isEmpty() || unit.equals("b")
                ? "PyWPS reads '" + value + "' as megabytes" : null);
    }

    private String path(String value) {
        return baseDir.resolve(value).normalize().toString();
    }

    private String relativeNote(String value) {
        boolean relative = false;
        for (String entry : value.split(":")) {
            relative |= !entry.isBlank() && !Path.of(entry.strip()).isAbsolute();
        }
        return relative ? "relative paths resolved against " + baseDir : null;
    }

    private void processing(String source, String key, String value) {
        switch (key) {
            case "mode" -> {
                String mode = value.toLowerCase(Locale.ROOT);
                if (!Set.of("default", "multiprocessing", "scheduler").contains(mode)) {
                    migration.notMapped(source, "'" + value + "' is not one of default, multiprocessing, scheduler");
                } else {
                    migration.toJwps(source, key, mode, mode.equals("scheduler")
                            ? "JWPS has no scheduler backend: processes run in its own thread pool" : null);
                }
            }
            case "path", "drmaa_native_specification" ->
                    migration.notMapped(source, "only PyWPS's scheduler backend reads it");
            default -> migration.notMapped(source, "not a [processing] option PyWPS 4.2 reads");
        }
    }
}
