package org.jwps.runtime.internal.config;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/**
 * The metatype definition of PID {@code org.jwps}, so {@code config:meta org.jwps} and the web
 * console show every setting with its description. Method names follow the Declarative Services
 * name mapping ({@code __} is an underscore in the key). It must say what {@link Catalogue} says:
 * {@code CatalogueTest} compares the generated metatype document with it.
 *
 * <p>Per-process limits ({@code maxexecutiontime.PROCESS_ID}) cannot be declared here; they are
 * described with {@code maxexecutiontime}.
 */
@ObjectClassDefinition(id = Catalogue.PID, name = "JWPS server",
        description = "Settings of the JWPS WPS server, with PyWPS's pywps.cfg names (etc/org.jwps.cfg)")
public @interface JwpsConfiguration {
    @AttributeDefinition(name = "identification_title", required = false,
            description = "Title of the service (ServiceIdentification in GetCapabilities)")
    String identification__title() default "JWPS";

    @AttributeDefinition(name = "identification_abstract", required = false,
            description = "Abstract of the service")
    String identification__abstract() default Catalogue.ABSTRACT;

    @AttributeDefinition(name = "identification_keywords", required = false,
            description = "Keywords of the service, comma-separated")
    String identification__keywords() default "WPS,JWPS,OGC,processing";

    @AttributeDefinition(name = "identification_keywords_type", required = false,
            description = "ISO 19115 MD_KeywordTypeCode of the keywords: discipline, temporal, place, theme or "
            + "stratum")
    String identification__keywords__type() default "theme";

    @AttributeDefinition(name = "identification_fees", required = false,
            description = "Fees for using the service")
    String identification__fees() default "NONE";

    @AttributeDefinition(name = "identification_accessconstraints", required = false,
            description = "Access constraints of the service")
    String identification__accessconstraints() default "NONE";

    @AttributeDefinition(name = "provider_name", required = false,
            description = "Name of the service provider (ServiceProvider in GetCapabilities)")
    String provider__name() default "JWPS";

    @AttributeDefinition(name = "provider_url", required = false,
            description = "Web site of the service provider")
    String provider__url() default "https://example.org/jwps";

    @AttributeDefinition(name = "contact_name", required = false,
            description = "Name of the contact person (ServiceContact); empty values are left out")
    String contact__name() default "";

    @AttributeDefinition(name = "contact_position", required = false,
            description = "Position of the contact person")
    String contact__position() default "";

    @AttributeDefinition(name = "contact_address", required = false,
            description = "Street address of the contact")
    String contact__address() default "";

    @AttributeDefinition(name = "contact_city", required = false,
            description = "City of the contact")
    String contact__city() default "";

    @AttributeDefinition(name = "contact_stateorprovince", required = false,
            description = "State or province of the contact")
    String contact__stateorprovince() default "";

    @AttributeDefinition(name = "contact_postalcode", required = false,
            description = "Postal code of the contact")
    String contact__postalcode() default "";

    @AttributeDefinition(name = "contact_country", required = false,
            description = "Country of the contact")
    String contact__country() default "";

    @AttributeDefinition(name = "contact_phone", required = false,
            description = "Phone number of the contact")
    String contact__phone() default "";

    @AttributeDefinition(name = "contact_fax", required = false,
            description = "Fax number of the contact")
    String contact__fax() default "";

    @AttributeDefinition(name = "contact_email", required = false,
            description = "E-mail address of the contact")
    String contact__email() default "";

    @AttributeDefinition(name = "contact_url", required = false,
            description = "Web page of the contact")
    String contact__url() default "";

    @AttributeDefinition(name = "contact_hours", required = false,
            description = "Hours of service of the contact")
    String contact__hours() default "";

    @AttributeDefinition(name = "contact_instructions", required = false,
            description = "How to contact the contact")
    String contact__instructions() default "";

    @AttributeDefinition(name = "contact_role", required = false,
            description = "ISO 19115 CI_RoleCode of the contact, e.g. pointOfContact, resourceProvider, custodian")
    String contact__role() default "pointOfContact";

    @AttributeDefinition(name = "url", required = false,
            description = "Public URL of the WPS endpoint, as clients reach it (used in capabilities, "
            + "statusLocation and output references)")
    String url() default "http://localhost:8181/wps";

    @AttributeDefinition(name = "language", required = false,
            description = "Supported languages (RFC 4646), comma-separated, the default first")
    String language() default "en-US";

    @AttributeDefinition(name = "encoding", required = false,
            description = "Encoding of the responses; JWPS supports utf-8 only")
    String encoding() default "utf-8";

    @AttributeDefinition(name = "parallelprocesses", required = false,
            description = "Number of processes executing at the same time (1 to 1024)")
    int parallelprocesses() default 2;

    @AttributeDefinition(name = "maxprocesses", required = false,
            description = "Number of asynchronous jobs that may wait for an execution slot")
    int maxprocesses() default 30;

    @AttributeDefinition(name = "maxrequestsize", required = false,
            description = "Largest accepted request body: bytes, or a number with kb, mb or gb")
    String maxrequestsize() default "3mb";

    @AttributeDefinition(name = "maxsingleinputsize", required = false,
            description = "Largest accepted single input, inline or by reference: bytes, or a number with kb, mb or "
            + "gb")
    String maxsingleinputsize() default "3mb";

    @AttributeDefinition(name = "maxinputparamlength", required = false,
            description = "Longest accepted KVP parameter value, in characters")
    int maxinputparamlength() default 1024;

    @AttributeDefinition(name = "workdir", required = false,
            description = "Directory for the work directories of executions (default data/jwps/work)")
    String workdir();

    @AttributeDefinition(name = "outputpath", required = false,
            description = "Directory where outputs by reference and stored responses are written (default "
            + "data/jwps/outputs)")
    String outputpath();

    @AttributeDefinition(name = "outputurl", required = false,
            description = "Public URL of outputpath (default: the url setting followed by /outputs, served by JWPS)")
    String outputurl();

    @AttributeDefinition(name = "allowedinputpaths", required = false,
            description = "Directories file:// references may point into, separated by : or ,; empty refuses them "
            + "all")
    String allowedinputpaths() default "";

    @AttributeDefinition(name = "cleantempdir", required = false,
            description = "Whether the work directory of an execution is removed when it ends")
    boolean cleantempdir() default true;

    @AttributeDefinition(name = "mode", required = false,
            description = "PyWPS processing mode (default, multiprocessing or scheduler); accepted for "
            + "compatibility: JWPS always runs processes in its own bounded thread pool",
            options = {@Option(value = "default"), @Option(value = "multiprocessing"),
                @Option(value = "scheduler")})
    String mode() default "default";

    @AttributeDefinition(name = "database", required = false,
            description = "JDBC URL of the job store: jdbc:h2:... (default: embedded H2 under data/jwps/jobs) or "
            + "jdbc:postgresql://host:port/db?user=...&password=...")
    String database();

    @AttributeDefinition(name = "reference_connect_timeout", required = false,
            description = "How long a reference's server may take to accept the connection")
    String reference__connect__timeout() default "10s";

    @AttributeDefinition(name = "reference_read_timeout", required = false,
            description = "How long a reference's server may stay silent while answering")
    String reference__read__timeout() default "30s";

    @AttributeDefinition(name = "reference_total_timeout", required = false,
            description = "How long fetching one reference may take in all")
    String reference__total__timeout() default "300s";

    @AttributeDefinition(name = "maxexecutiontime", required = false,
            description = "Longest execution of any process (0: no limit); maxexecutiontime.PROCESS_ID sets one "
            + "process's")
    String maxexecutiontime() default "0";

    @AttributeDefinition(name = "job_retention", required = false,
            description = "How long finished jobs, their status documents and outputs are kept")
    String job__retention() default "7d";

    @AttributeDefinition(name = "status_interval", required = false,
            description = "How often a running job's status document is rewritten")
    String status__interval() default "1s";

    @AttributeDefinition(name = "sync_wait", required = false,
            description = "How long a synchronous Execute waits for an execution slot before ServerBusy")
    String sync__wait() default "2s";

    @AttributeDefinition(name = "node_id", required = false,
            description = "Name of this node in a shared job store (default: generated once and kept under "
            + "data/jwps)")
    String node__id();
}
