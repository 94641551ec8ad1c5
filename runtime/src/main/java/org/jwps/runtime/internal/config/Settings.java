package org.jwps.runtime.internal.config;

import java.nio.file.Path;
import java.time.Duration;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An immutable snapshot of the service configuration (PID {@code org.jwps}), with PyWPS's
 * {@code pywps.cfg} setting names (see {@link Catalogue}). Missing settings take the defaults below.
 * Invalid ones (unknown keys, bad numbers, a work or output directory that cannot be written, ...)
 * are reported in {@link #errors()} and replaced by their defaults in this snapshot; a snapshot
 * with errors is not {@link #isUsable() usable}, and a service keeps its last usable one
 * ({@link #choose(Settings, Settings)}). Settings that are accepted but worth telling are in
 * {@link #warnings()}.
 *
 * <p>Immutable after construction, so safe to share between threads.
 */
public final class Settings {
    private final Map<String, Object> raw;
    private final List<String> errors = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    private final String url;
    private final List<String> languages;
    private final long maxRequestSize;
    private final int maxInputParamLength;
    private final int parallelProcesses;
    private final Path workDir;
    private final long maxSingleInputSize;
    private final List<Path> allowedInputPaths;
    private final Path outputPath;
    private final String outputUrl;
    private final Duration referenceConnectTimeout;
    private final Duration referenceReadTimeout;
    private final Duration referenceTotalTimeout;
    private final int maxProcesses;
    private final String database;
    private final boolean cleanTempDir;
    private final Duration maxExecutionTime;
    private final Map<String, Duration> maxExecutionTimes;
    private final Duration jobRetention;
    private final Duration statusInterval;
    private final Duration syncWait;
    private final String nodeId;

    private Settings(Map<String, Object> properties) {
        this.raw = Map.copyOf(properties);
        this.url = string("url", "http://localhost:8181/wps");
        this.languages = Collections.unmodifiableList(languageList());
        this.maxRequestSize = size("maxrequestsize", "3mb");
        this.maxInputParamLength = (int) integer("maxinputparamlength", 1024, 1, Integer.MAX_VALUE);
        this.parallelProcesses = (int) integer("parallelprocesses", 2, 1, 1024);
        this.workDir = Paths.get(string("workdir", dataDir("work")));
        this.maxSingleInputSize = size("maxsingleinputsize", "3mb");
        this.allowedInputPaths = paths("allowedinputpaths");
        this.outputPath = Paths.get(string("outputpath", dataDir("outputs"))).toAbsolutePath().normalize();
        this.outputUrl = stripSlash(string("outputurl", stripSlash(url) + "/outputs"));
        this.referenceConnectTimeout = duration("reference_connect_timeout", "10s", false);
        this.referenceReadTimeout = duration("reference_read_timeout", "30s", false);
        this.referenceTotalTimeout = duration("reference_total_timeout", "300s", false);
        this.maxProcesses = (int) integer("maxprocesses", 30, 0, 1_000_000);
        // WRITE_DELAY=0: a commit reaches the file before the client is told, so a crash loses no accepted job
        this.database = string("database", "jdbc:h2:file:" + dataDir("jobs").replace('\\', '/') + ";WRITE_DELAY=0");
        this.cleanTempDir = bool("cleantempdir", true);
        this.maxExecutionTime = duration("maxexecutiontime", "0", true);
        this.maxExecutionTimes = perProcessTimes();
        this.jobRetention = duration("job_retention", "7d", false);
        this.statusInterval = duration("status_interval", "1s", false);
        this.syncWait = duration("sync_wait", "2s", true);
        this.nodeId = string("node_id", null);
        SettingsCheck.check(this, raw.keySet(), errors, warnings);
    }

    /**
     * @param name a folder name
     * @return a directory under Karaf's data folder (the temporary folder outside Karaf)
     */
    public static String dataDir(String name) {
        return Paths.get(System.getProperty("karaf.data", System.getProperty("java.io.tmpdir")), "jwps", name)
                .toString();
    }

    private static String stripSlash(String text) {
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    /**
     * @param properties the configuration properties; may hold anything Config Admin gives
     * @return the settings
     */
    public static Settings from(Map<String, ?> properties) {
        Map<String, Object> copy = new java.util.HashMap<>();
        properties.forEach((k, v) -> {
            if (k != null && v != null) {
                copy.put(k, v);
            }
        });
        return new Settings(copy);
    }

    /** @return the settings when nothing is configured */
    public static Settings defaults() {
        return from(Map.of());
    }

    /** @return every message about this configuration: the {@link #errors()}, then the {@link #warnings()} */
    public List<String> problems() {
        List<String> all = new ArrayList<>(errors);
        all.addAll(warnings);
        return List.copyOf(all);
    }

    /** @return messages about invalid settings; in this snapshot they fell back to their defaults */
    public List<String> errors() {
        return List.copyOf(errors);
    }

    /** @return messages about settings that are accepted but probably not what the operator meant */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** @return whether the configuration has no {@link #errors()}, so a service may switch to it */
    public boolean isUsable() {
        return errors.isEmpty();
    }

    /**
     * Picks the settings a service runs with after a configuration change: the candidate when it
     * is usable or when there is nothing better (first configuration: invalid values fall back
     * to their defaults), else the last good settings.
     *
     * @param lastGood  the settings in use, or {@code null} before the first configuration
     * @param candidate the settings of the new configuration
     * @return {@code candidate} or {@code lastGood}, never {@code null}
     */
    public static Settings choose(Settings lastGood, Settings candidate) {
        return candidate.isUsable() || lastGood == null ? candidate : lastGood;
    }

    /** @return the public URL of the WPS endpoint, as clients must use it */
    public String url() {
        return url;
    }

    /** @return the supported languages, the default first */
    public List<String> languages() {
        return languages;
    }

    /** @return the largest accepted request body, in bytes */
    public long maxRequestSize() {
        return maxRequestSize;
    }

    /** @return the longest accepted KVP parameter value, in characters */
    public int maxInputParamLength() {
        return maxInputParamLength;
    }

    /** @return how many processes may run at once */
    public int parallelProcesses() {
        return parallelProcesses;
    }

    /** @return the directory under which executions get their work directories */
    public Path workDir() {
        return workDir;
    }

    /** @return the largest accepted single input (inline or fetched by reference), in bytes */
    public long maxSingleInputSize() {
        return maxSingleInputSize;
    }

    /** @return the absolute, normalised directories under which {@code file://} references may point; empty: none */
    public List<Path> allowedInputPaths() {
        return allowedInputPaths;
    }

    /** @return the directory where outputs by reference (and stored responses) are written */
    public Path outputPath() {
        return outputPath;
    }

    /** @return the public URL under which {@link #outputPath()} is served, without a trailing slash */
    public String outputUrl() {
        return outputUrl;
    }

    /** @return how long to wait for a reference's server to accept the connection */
    public Duration referenceConnectTimeout() {
        return referenceConnectTimeout;
    }

    /** @return how long a reference's server may stay silent while answering */
    public Duration referenceReadTimeout() {
        return referenceReadTimeout;
    }

    /** @return how long fetching one reference may take in all */
    public Duration referenceTotalTimeout() {
        return referenceTotalTimeout;
    }

    /** @return how many asynchronous jobs may wait for an execution slot ({@code maxprocesses}) */
    public int maxProcesses() {
        return maxProcesses;
    }

    /** @return the JDBC URL of the job store: H2 (embedded, the default) or PostgreSQL */
    public String database() {
        return database;
    }

    /** @return whether work directories are removed after each execution ({@code cleantempdir}) */
    public boolean cleanTempDir() {
        return cleanTempDir;
    }

    /**
     * @param processId a process identifier
     * @return how long one execution of the process may run, {@code maxexecutiontime.<id>} before
     *         {@code maxexecutiontime}; zero for no limit
     */
    public Duration maxExecutionTime(String processId) {
        return maxExecutionTimes.getOrDefault(processId, maxExecutionTime);
    }

    /** @return how long finished jobs (records, status documents and outputs) are kept */
    public Duration jobRetention() {
        return jobRetention;
    }

    /** @return how often a running job's progress is written to its status document and the store */
    public Duration statusInterval() {
        return statusInterval;
    }

    /** @return how long a synchronous Execute waits for an execution slot before ServerBusy */
    public Duration syncWait() {
        return syncWait;
    }

    /** @return the configured name of this node in a shared job store, or {@code null} for the generated one */
    public String nodeId() {
        return nodeId;
    }

    /**
     * @param key a setting name, e.g. {@code identification_title}
     * @param defaultValue the value when unset or blank
     * @return the setting as text
     */
    public String string(String key, String defaultValue) {
        Object value = raw.get(key);
        if (value == null) {
            return defaultValue;
        }
        String text = value instanceof String[] ? String.join(",", (String[]) value) : value.toString().strip();
        return text.isEmpty() ? defaultValue : text;
    }

    /**
     * @param key a setting holding a comma-separated list
     * @param defaultValue the list (comma-separated) when unset
     * @return the entries, stripped, without empty ones
     */
    public List<String> list(String key, String defaultValue) {
        String text = string(key, defaultValue);
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private long integer(String key, long defaultValue, long min, long max) {
        String text = string(key, null);
        if (text == null) {
            return defaultValue;
        }
        try {
            long value = Long.parseLong(text);
            if (value < min || value > max) {
                errors.add(key + " = " + value + " is outside " + min + " to " + max + "; using " + defaultValue);
                return defaultValue;
            }
            return value;
        } catch (NumberFormatException e) {
            errors.add(key + " = '" + text + "' is not a whole number; using " + defaultValue);
            return defaultValue;
        }
    }

    private List<String> languageList() {
        List<String> list = list("language", "en-US");
        if (list.isEmpty()) {
            errors.add("language = '" + string("language", "") + "' names no language; using en-US");
            return List.of("en-US");
        }
        return list;
    }

    /** Reads every {@code maxexecutiontime.<id>} once, so lookups at run time are plain reads. */
    private Map<String, Duration> perProcessTimes() {
        Map<String, Duration> times = new java.util.HashMap<>();
        raw.keySet().stream().filter(k -> k.startsWith(Catalogue.PER_PROCESS_TIME_PREFIX)).sorted().forEach(key -> {
            String processId = key.substring(Catalogue.PER_PROCESS_TIME_PREFIX.length());
            if (!processId.isEmpty() && string(key, null) != null) {
                times.put(processId, parseDurationOr(key, maxExecutionTime));
            }
        });
        return Map.copyOf(times);
    }

    private boolean bool(String key, boolean defaultValue) {
        String text = string(key, null);
        if (text == null) {
            return defaultValue;
        }
        switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1":
                return true;
            case "false", "no", "off", "0":
                return false;
            default:
                errors.add(key + " = '" + text + "' is not true or false; using " + defaultValue);
                return defaultValue;
        }
    }

    private Duration duration(String key, String defaultValue, boolean zeroAllowed) {
        Duration fallback = parseDuration(defaultValue);
        Duration value = parseDurationOr(key, fallback);
        if (value.isZero() && !zeroAllowed) {
            errors.add(key + " must be longer than zero; using " + defaultValue);
            return fallback;
        }
        return value;
    }

    private Duration parseDurationOr(String key, Duration fallback) {
        String text = string(key, null);
        if (text == null) {
            return fallback;
        }
        try {
            return parseDuration(text);
        } catch (IllegalArgumentException e) {
            errors.add(key + " = '" + text + "' is not a duration like 30s, 5m, 2h or 7d; using " + fallback);
            return fallback;
        }
    }

    /**
     * Parses a duration: a number of seconds, or a number with a unit {@code ms}, {@code s},
     * {@code m}, {@code h} or {@code d}.
     *
     * @param text e.g. {@code 30}, {@code 500ms}, {@code 7d}
     * @return the duration, never negative
     * @throws IllegalArgumentException if the text is not a duration
     */
    public static Duration parseDuration(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,12})\\s*(ms|s|m|h|d)?")
                .matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException(text);
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        return switch (unit) {
            case "ms" -> Duration.ofMillis(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            case "d" -> Duration.ofDays(n);
            default -> Duration.ofSeconds(n);
        };
    }

    /** PyWPS separates the paths with the OS path separator; a comma is accepted too. */
    private List<Path> paths(String key) {
        String text = string(key, "");
        List<Path> paths = new ArrayList<>();
        for (String entry : text.split("[,\\" + java.io.File.pathSeparator + "]")) {
            String trimmed = entry.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            Path path = Paths.get(trimmed);
            if (!path.isAbsolute()) {
                errors.add(key + ": '" + trimmed + "' is not an absolute path; ignored");
                continue;
            }
            paths.add(path.normalize());
        }
        return List.copyOf(paths);
    }

    private long size(String key, String defaultValue) {
        String text = string(key, defaultValue);
        try {
            long size = parseSize(text);
            if (size == 0) {
                // PyWPS reads 0 as "no limit"; JWPS always has one
                errors.add(key + " = '" + text + "' must be larger than zero; using " + defaultValue);
                return parseSize(defaultValue);
            }
            return size;
        } catch (IllegalArgumentException e) {
            errors.add(key + " = '" + text + "' is not a size like 3mb; using " + defaultValue);
            return parseSize(defaultValue);
        }
    }

    /**
     * Parses a size as PyWPS writes it: a number of bytes, optionally with a unit {@code kb},
     * {@code mb} or {@code gb} (powers of 1024), case-insensitive.
     *
     * @param text e.g. {@code 3mb}, {@code 200kb}, {@code 1024}
     * @return the size in bytes
     * @throws IllegalArgumentException if the text is not a size
     */
    public static long parseSize(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        long factor = 1;
        if (s.endsWith("kb")) {
            factor = 1024L;
        } else if (s.endsWith("mb")) {
            factor = 1024L * 1024;
        } else if (s.endsWith("gb")) {
            factor = 1024L * 1024 * 1024;
        }
        if (factor > 1) {
            s = s.substring(0, s.length() - 2).strip();
        } else if (s.endsWith("b")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        try {
            double number = Double.parseDouble(s);
            if (number < 0 || Double.isNaN(number) || Double.isInfinite(number)) {
                throw new IllegalArgumentException(text);
            }
            return (long) (number * factor);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
