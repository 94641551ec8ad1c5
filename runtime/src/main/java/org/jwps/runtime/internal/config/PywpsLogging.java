package org.jwps.runtime.internal.config;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Maps PyWPS's {@code [logging]} section. {@code database} (the request log, an SQLAlchemy URL)
 * becomes the JDBC URL of the JWPS job store. {@code level}, {@code file} and {@code format}
 * configure PyWPS's own logger; in Karaf logging is pax-logging's, so they become a Log4j 2
 * logger for {@code org.jwps} in {@code org.ops4j.pax.logging}, with a file appender of its own
 * when a file is given. Karaf's {@code karaf.log} keeps receiving everything as before.
 */
final class PywpsLogging {
    /** The {@code [logging]} options PyWPS 4.2 reads. */
    static final Set<String> OPTIONS = Set.of("level", "file", "format", "database", "prefix", "db_echo");

    /** Log4j 2 properties: logger {@code jwps} and appender {@code jwpsfile}. */
    static final String LOGGER = "log4j2.logger.jwps.";
    static final String APPENDER = "log4j2.appender.jwpsfile.";
    static final String APPENDER_NAME = "JwpsFile";
    /** The layout when PyWPS gives no format; {@code jwps.request} is the per-request id (RequestIdFilter). */
    static final String DEFAULT_PATTERN = "%d{ISO8601} | %-5p | %X{jwps.request} | %c{1} | %m%n";

    private static final Map<String, String> LEVELS = Map.of(
            "DEBUG", "DEBUG", "10", "DEBUG", "INFO", "INFO", "20", "INFO", "WARNING", "WARN", "WARN", "WARN",
            "30", "WARN", "ERROR", "ERROR", "40", "ERROR");

    private PywpsLogging() {
    }

    static void map(IniFile ini, Path baseDir, Set<String> keys, Migration migration) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : keys) {
            String source = "[logging] " + key;
            String value = ini.get("logging", key).orElse("").strip();
            if (!OPTIONS.contains(key)) {
                migration.notMapped(source, "not a [logging] option PyWPS 4.2 reads");
            } else if (key.equals("prefix")) {
                migration.notMapped(source, "the table prefix of PyWPS's request log; the JWPS job store has its own table");
            } else if (key.equals("db_echo")) {
                migration.notMapped(source, "to see the job store's SQL, use log:set DEBUG org.jwps.runtime.internal.job");
            } else if (value.isEmpty()) {
                migration.notMapped(source, "empty: the JWPS default is kept");
            } else {
                values.put(key, value);
            }
        }
        if (values.containsKey("database")) {
            database(values.get("database"), migration);
        }
        String level = values.containsKey("level") ? level(values.get("level"), migration) : null;
        if (values.containsKey("file")) {
            file(values, level, baseDir, migration);
        } else {
            if (level != null) {
                Map<String, String> logger = new LinkedHashMap<>();
                logger.put(LOGGER + "name", "org.jwps");
                logger.put(LOGGER + "level", level);
                migration.toPaxLogging("[logging] level", logger, null);
            }
            if (values.containsKey("format")) {
                migration.notMapped("[logging] format", "it formats PyWPS's own log file and no file is given; "
                        + "karaf.log keeps its layout (log4j2.pattern in etc/org.ops4j.pax.logging.cfg)");
            }
        }
    }

    private static void database(String url, Migration migration) {
        try {
            migration.toJwps("[logging] database", "database", JdbcUrls.fromSqlAlchemy(url), null);
        } catch (IllegalArgumentException e) {
            migration.notMapped("[logging] database", "'" + JdbcUrls.masked(url) + "': " + e.getMessage());
        }
    }

    /** @return the Log4j level, or null (reported) when there is none to set */
    private static String level(String value, Migration migration) {
        String upper = value.toUpperCase(Locale.ROOT);
        if (upper.equals("CRITICAL") || upper.equals("FATAL") || upper.equals("50")) {
            return "ERROR"; // Log4j's FATAL would hide everything: JWPS logs nothing above ERROR
        }
        if (upper.equals("NOTSET") || upper.equals("0")) {
            migration.notMapped("[logging] level", "NOTSET: nothing to set, org.jwps logs at Karaf's root level");
            return null;
        }
        String level = LEVELS.get(upper);
        if (level == null) {
            migration.notMapped("[logging] level", "'" + value + "' is not a Python logging level");
        }
        return level;
    }

    private static void file(Map<String, String> values, String level, Path baseDir, Migration migration) {
        String file = values.get("file");
        Path path = baseDir.resolve(file).normalize();
        String pattern = DEFAULT_PATTERN;
        String formatNote = null;
        if (values.containsKey("format")) {
            PythonLogFormat.Translation translation = PythonLogFormat.toLog4j(values.get("format"));
            pattern = translation.pattern();
            formatNote = translation.dropped().isEmpty() ? null
                    : "no Log4j counterpart for " + String.join(", ", translation.dropped()) + ": left out";
        }
        Map<String, String> logger = new LinkedHashMap<>();
        logger.put(LOGGER + "name", "org.jwps");
        logger.put(LOGGER + "level", level == null ? "INFO" : level);
        logger.put(LOGGER + "appenderRef.jwpsfile.ref", APPENDER_NAME);
        migration.toPaxLogging(level != null ? "[logging] level" : "[logging] file", logger,
                level == null ? "no usable level given: INFO, Karaf's default" : null);
        Map<String, String> appender = new LinkedHashMap<>();
        appender.put(APPENDER + "type", "File");
        appender.put(APPENDER + "name", APPENDER_NAME);
        appender.put(APPENDER + "fileName", path.toString());
        appender.put(APPENDER + "append", "true");
        appender.put(APPENDER + "layout.type", "PatternLayout");
        migration.toPaxLogging("[logging] file", appender, Path.of(file).isAbsolute() ? null
                : "relative path resolved against " + baseDir);
        if (values.containsKey("format")) {
            migration.toPaxLogging("[logging] format", Map.of(APPENDER + "layout.pattern", pattern), formatNote);
        } else {
            migration.toPaxLogging("[logging] file", Map.of(APPENDER + "layout.pattern", pattern),
                    "no format given: JWPS's layout");
        }
    }
}
