package org.jwps.runtime.internal.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The checks of a configuration that go beyond parsing single values: unknown keys, URLs,
 * choices, the job store URL and whether the work and output directories can be written. Reads
 * the file system (never writes it), so a check may be repeated freely.
 */
final class SettingsCheck {
    private static final Set<String> MODES = Set.of("default", "multiprocessing", "scheduler");

    private SettingsCheck() {
    }

    /**
     * @param settings the parsed settings
     * @param keys     every key of the configuration, framework properties included
     * @param errors   where invalid settings are reported
     * @param warnings where doubtful but accepted settings are reported
     */
    static void check(Settings settings, Collection<String> keys, List<String> errors, List<String> warnings) {
        for (String key : new TreeSet<>(keys)) {
            checkKey(key, errors, warnings);
        }
        checkUrl(settings, "url", errors);
        checkUrl(settings, "outputurl", errors);
        String encoding = settings.string("encoding", "utf-8").toLowerCase(Locale.ROOT);
        if (!encoding.equals("utf-8") && !encoding.equals("utf8")) {
            errors.add("encoding = '" + encoding + "': JWPS writes UTF-8 only; set utf-8 or remove the setting");
        }
        String mode = settings.string("mode", "default").toLowerCase(Locale.ROOT);
        if (!MODES.contains(mode)) {
            errors.add("mode = '" + mode + "' is not one of default, multiprocessing, scheduler");
        } else if (mode.equals("scheduler")) {
            warnings.add("mode = scheduler: JWPS has no scheduler backend; processes run in its own thread pool");
        }
        checkDatabase(settings.string("database", null), errors);
        unwritable(settings.workDir()).ifPresent(why -> errors.add("workdir " + why));
        unwritable(settings.outputPath()).ifPresent(why -> errors.add("outputpath " + why));
        for (Path path : settings.allowedInputPaths()) {
            if (!Files.isDirectory(path)) {
                warnings.add("allowedinputpaths: " + path + " is not a directory (yet); file:// references "
                        + "under it fail until it exists");
            }
        }
    }

    private static void checkKey(String key, List<String> errors, List<String> warnings) {
        if (Catalogue.isFrameworkProperty(key)) {
            return;
        }
        if (key.equals(Catalogue.PER_PROCESS_TIME_PREFIX)) {
            errors.add("'" + key + "' names no process: use maxexecutiontime.PROCESS_ID");
            return;
        }
        if (Catalogue.find(key).isPresent()) {
            return;
        }
        Optional<String> logging = Catalogue.paxLoggingAdvice(key);
        if (logging.isPresent()) {
            warnings.add("'" + key + "' is ignored here: logging is configured by pax-logging; " + logging.get());
            return;
        }
        String hint = closest(key).map(name -> " (did you mean " + name + "?)").orElse("");
        errors.add("unknown setting '" + key + "'" + hint);
    }

    private static void checkUrl(Settings settings, String key, List<String> errors) {
        String text = settings.string(key, null);
        if (text == null) {
            return;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return;
            }
        } catch (URISyntaxException e) {
            // reported below like any other bad URL
        }
        errors.add(key + " = '" + text + "' is not an absolute http or https URL");
    }

    private static void checkDatabase(String url, List<String> errors) {
        if (url == null || url.startsWith("jdbc:h2:") || url.startsWith("jdbc:postgresql:")) {
            return;
        }
        String hint = url.contains("://") && !url.startsWith("jdbc:")
                ? " (a PyWPS SQLAlchemy URL? wps:import-pywps-config converts PostgreSQL ones)" : "";
        errors.add("database = '" + JdbcUrls.masked(url) + "' is not a jdbc:h2: or jdbc:postgresql: URL" + hint);
    }

    /**
     * @param dir a directory the server writes to
     * @return why it cannot be used, or empty: it is a writable directory, or it does not exist
     *         and its nearest existing ancestor is a writable directory (so it can be created)
     */
    static Optional<String> unwritable(Path dir) {
        Path path = dir.toAbsolutePath().normalize();
        if (Files.exists(path)) {
            if (!Files.isDirectory(path)) {
                return Optional.of(path + " is not a directory");
            }
            return Files.isWritable(path) ? Optional.empty() : Optional.of(path + " is not writable");
        }
        Path existing = path.getParent();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return Optional.of(path + " cannot be created");
        }
        if (!Files.isDirectory(existing)) {
            return Optional.of(path + " cannot be created: " + existing + " is not a directory");
        }
        return Files.isWritable(existing) ? Optional.empty()
                : Optional.of(path + " cannot be created: " + existing + " is not writable");
    }

    /** The known setting within two edits of a misspelt key, for the error message. */
    private static Optional<String> closest(String key) {
        String best = null;
        int bestDistance = 3;
        for (Catalogue.Setting setting : Catalogue.all()) {
            int distance = distance(key.toLowerCase(Locale.ROOT), setting.name());
            if (distance < bestDistance) {
                best = setting.name();
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Levenshtein distance, two rows. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
