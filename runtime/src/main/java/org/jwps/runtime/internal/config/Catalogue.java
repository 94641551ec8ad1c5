package org.jwps.runtime.internal.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every setting of the configuration PID {@code org.jwps} ({@code etc/org.jwps.cfg}): its name,
 * the {@code pywps.cfg} section it comes from, the value shipped in the distribution and a
 * one-line description. The unknown-key check, the metatype definition ({@link JwpsConfiguration},
 * kept equal to this list by a test), the shipped file and the PyWPS importer all follow it.
 *
 * <p>Immutable and thread-safe.
 */
public final class Catalogue {
    /** The configuration PID, file {@code etc/org.jwps.cfg}. */
    public static final String PID = "org.jwps";
    /** {@code maxexecutiontime.<process id>}: a limit for one process. */
    public static final String PER_PROCESS_TIME_PREFIX = "maxexecutiontime.";
    /** The Config Admin PID of pax-logging, where the {@code [logging]} level, file and format go. */
    public static final String PAX_LOGGING_PID = "org.ops4j.pax.logging";

    /**
     * One setting.
     *
     * @param name         the key in {@code org.jwps}, PyWPS's name where PyWPS has the setting
     * @param section      the {@code pywps.cfg} section, or {@link #JWPS_ONLY} for settings PyWPS does not have
     * @param shipped      the value in the shipped {@code etc/org.jwps.cfg}; {@code null} when it ships
     *                     commented out because the default is computed at run time (see the doc)
     * @param doc          one line for operators
     */
    public record Setting(String name, String section, String shipped, String doc) {
        /** @return whether PyWPS has this setting (in {@link #section()}) */
        public boolean isPywps() {
            return !JWPS_ONLY.equals(section);
        }
    }

    /** The section of settings PyWPS does not have. */
    public static final String JWPS_ONLY = "jwps";

    /** The shipped abstract; a constant, so {@link JwpsConfiguration} can use it as its default. */
    static final String ABSTRACT = "JWPS is an OGC Web Processing Service 1.0.0 server for the JVM, "
            + "built as OSGi bundles on Apache Karaf.";

    private static final List<Setting> ALL = List.of(
            meta("identification_title", "JWPS", "Title of the service (ServiceIdentification in GetCapabilities)"),
            meta("identification_abstract", ABSTRACT, "Abstract of the service"),
            meta("identification_keywords", "WPS,JWPS,OGC,processing", "Keywords of the service, comma-separated"),
            meta("identification_keywords_type", "theme",
                    "ISO 19115 MD_KeywordTypeCode of the keywords: discipline, temporal, place, theme or stratum"),
            meta("identification_fees", "NONE", "Fees for using the service"),
            meta("identification_accessconstraints", "NONE", "Access constraints of the service"),
            meta("provider_name", "JWPS", "Name of the service provider (ServiceProvider in GetCapabilities)"),
            meta("provider_url", "https://example.org/jwps", "Web site of the service provider"),
            meta("contact_name", "", "Name of the contact person (ServiceContact); empty values are left out"),
            meta("contact_position", "", "Position of the contact person"),
            meta("contact_address", "", "Street address of the contact"),
            meta("contact_city", "", "City of the contact"),
            meta("contact_stateorprovince", "", "State or province of the contact"),
            meta("contact_postalcode", "", "Postal code of the contact"),
            meta("contact_country", "", "Country of the contact"),
            meta("contact_phone", "", "Phone number of the contact"),
            meta("contact_fax", "", "Fax number of the contact"),
            meta("contact_email", "", "E-mail address of the contact"),
            meta("contact_url", "", "Web page of the contact"),
            meta("contact_hours", "", "Hours of service of the contact"),
            meta("contact_instructions", "", "How to contact the contact"),
            meta("contact_role", "pointOfContact",
                    "ISO 19115 CI_RoleCode of the contact, e.g. pointOfContact, resourceProvider, custodian"),

            server("url", "http://localhost:8181/wps",
                    "Public URL of the WPS endpoint, as clients reach it (used in capabilities, statusLocation "
                            + "and output references)"),
            server("language", "en-US", "Supported languages (RFC 4646), comma-separated, the default first"),
            server("encoding", "utf-8", "Encoding of the responses; JWPS supports utf-8 only"),
            server("parallelprocesses", "2", "Number of processes executing at the same time (1 to 1024)"),
            server("maxprocesses", "30", "Number of asynchronous jobs that may wait for an execution slot"),
            server("maxrequestsize", "3mb", "Largest accepted request body: bytes, or a number with kb, mb or gb"),
            server("maxsingleinputsize", "3mb",
                    "Largest accepted single input, inline or by reference: bytes, or a number with kb, mb or gb"),
            server("maxinputparamlength", "1024", "Longest accepted KVP parameter value, in characters"),
            server("workdir", null, "Directory for the work directories of executions (default data/jwps/work)"),
            server("outputpath", null,
                    "Directory where outputs by reference and stored responses are written (default data/jwps/outputs)"),
            server("outputurl", null,
                    "Public URL of outputpath (default: the url setting followed by /outputs, served by JWPS)"),
            server("allowedinputpaths", "",
                    "Directories file:// references may point into, separated by : or ,; empty refuses them all"),
            server("cleantempdir", "true", "Whether the work directory of an execution is removed when it ends"),

            new Setting("mode", "processing", "default",
                    "PyWPS processing mode (default, multiprocessing or scheduler); accepted for compatibility: "
                            + "JWPS always runs processes in its own bounded thread pool"),

            new Setting("database", "logging", null,
                    "JDBC URL of the job store: jdbc:h2:... (default: embedded H2 under data/jwps/jobs) or "
                            + "jdbc:postgresql://host:port/db?user=...&password=..."),

            jwps("reference_connect_timeout", "10s", "How long a reference's server may take to accept the connection"),
            jwps("reference_read_timeout", "30s", "How long a reference's server may stay silent while answering"),
            jwps("reference_total_timeout", "300s", "How long fetching one reference may take in all"),
            jwps("maxexecutiontime", "0",
                    "Longest execution of any process (0: no limit); maxexecutiontime.PROCESS_ID sets one process's"),
            jwps("job_retention", "7d", "How long finished jobs, their status documents and outputs are kept"),
            jwps("status_interval", "1s", "How often a running job's status document is rewritten"),
            jwps("sync_wait", "2s", "How long a synchronous Execute waits for an execution slot before ServerBusy"),
            jwps("node_id", null,
                    "Name of this node in a shared job store (default: generated once and kept under data/jwps)"));

    private static final Map<String, Setting> BY_NAME = index();

    /**
     * PyWPS's {@code [logging]} settings that JWPS leaves to pax-logging, with where they go.
     * Karaf's logging is configured in one place, {@code etc/org.ops4j.pax.logging.cfg}.
     */
    private static final Map<String, String> PAX_LOGGING = Map.of(
            "level", "set log4j2.logger.jwps.level (logger org.jwps) in etc/org.ops4j.pax.logging.cfg, "
                    + "or log:set LEVEL org.jwps",
            "file", "add a file appender for logger org.jwps in etc/org.ops4j.pax.logging.cfg "
                    + "(wps:import-pywps-config writes one)",
            "format", "set the appender's layout.pattern in etc/org.ops4j.pax.logging.cfg");

    private Catalogue() {
    }

    private static Setting meta(String name, String shipped, String doc) {
        return new Setting(name, "metadata:main", shipped, doc);
    }

    private static Setting server(String name, String shipped, String doc) {
        return new Setting(name, "server", shipped, doc);
    }

    private static Setting jwps(String name, String shipped, String doc) {
        return new Setting(name, JWPS_ONLY, shipped, doc);
    }

    private static Map<String, Setting> index() {
        Map<String, Setting> byName = new LinkedHashMap<>();
        for (Setting setting : ALL) {
            if (byName.put(setting.name(), setting) != null) {
                throw new IllegalStateException("duplicate setting " + setting.name());
            }
        }
        return byName;
    }

    /** @return every setting, in the order of the shipped file */
    public static List<Setting> all() {
        return ALL;
    }

    /**
     * @param name a key
     * @return the setting of that name; a {@code maxexecutiontime.<id>} key gives {@code maxexecutiontime}
     */
    public static Optional<Setting> find(String name) {
        if (name.startsWith(PER_PROCESS_TIME_PREFIX) && name.length() > PER_PROCESS_TIME_PREFIX.length()) {
            return Optional.of(BY_NAME.get("maxexecutiontime"));
        }
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /**
     * @param name a key
     * @return where the PyWPS {@code [logging]} setting of this name belongs in Karaf, or empty when
     *         the name is not one of them
     */
    public static Optional<String> paxLoggingAdvice(String name) {
        return Optional.ofNullable(PAX_LOGGING.get(name));
    }

    /**
     * Properties that Config Admin, File Install, Karaf or Declarative Services add to a
     * configuration or a component's properties: never settings, never reported.
     *
     * @param key a property name
     * @return whether the framework owns it
     */
    public static boolean isFrameworkProperty(String key) {
        return key.startsWith(".") // DS private properties
                || key.startsWith("service.") || key.startsWith("component.") || key.startsWith("felix.")
                || key.startsWith("osgi.") || key.startsWith("org.apache.karaf.") || key.startsWith("webconsole.")
                || key.equals("objectClass");
    }
}
