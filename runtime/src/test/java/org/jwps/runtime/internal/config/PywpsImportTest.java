package org.jwps.runtime.internal.config;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.junit.Test;

/** PyWPS 4.2's documented sample configuration, and the conversions PyWPS and JWPS need between them. */
public class PywpsImportTest {
    private static final Path BASE = Path.of("/srv/pywps");

    private static Migration sample() throws IOException {
        try (Reader reader = new InputStreamReader(Objects.requireNonNull(
                PywpsImportTest.class.getResourceAsStream("/pywps/pywps-4.2-sample.cfg")), StandardCharsets.UTF_8)) {
            return PywpsImport.map(IniFile.parse(reader), BASE);
        }
    }

    private static Migration map(String... lines) throws IOException {
        return PywpsImport.map(IniFile.parse(new StringReader(String.join("\n", lines))), BASE);
    }

    private static String notMapped(Migration migration, String source) {
        return migration.notMapped().stream().filter(e -> e.source().equals(source)).findFirst()
                .map(Migration.Entry::outcome).orElseThrow(() -> new AssertionError(source + " is not in "
                        + migration.report()));
    }

    @Test
    public void theSampleMapsItsMetadataServerAndProcessingSettings() throws IOException {
        Migration migration = sample();
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("encoding", "utf-8");
        expected.put("language", "en-US");
        expected.put("url", "http://localhost/wps");
        expected.put("maxinputparamlength", "1024");
        expected.put("maxrequestsize", "3mb");
        expected.put("outputpath", "/tmp/outputs");
        expected.put("allowedinputpaths", "/tmp");
        expected.put("parallelprocesses", "2");
        expected.put("cleantempdir", "true");
        expected.put("identification_title", "PyWPS Processing Service");
        expected.put("identification_abstract", "PyWPS is an implementation of the Web Processing Service standard "
                + "from the Open Geospatial Consortium. PyWPS is written in Python.");
        expected.put("identification_keywords", "PyWPS,WPS,OGC,processing");
        expected.put("identification_keywords_type", "theme");
        expected.put("identification_fees", "NONE");
        expected.put("identification_accessconstraints", "NONE");
        expected.put("provider_name", "Organization Name");
        expected.put("provider_url", "https://pywps.org/");
        expected.put("contact_name", "Lastname, Firstname");
        expected.put("contact_position", "Position Title");
        expected.put("contact_address", "Mailing Address");
        expected.put("contact_city", "City");
        expected.put("contact_stateorprovince", "Administrative Area");
        expected.put("contact_postalcode", "Zip or Postal Code");
        expected.put("contact_country", "Country");
        expected.put("contact_phone", "+xx-xxx-xxx-xxxx");
        expected.put("contact_fax", "+xx-xxx-xxx-xxxx");
        expected.put("contact_email", "Email Address");
        expected.put("contact_url", "Contact URL");
        expected.put("contact_hours", "Hours of Service");
        expected.put("contact_instructions", "During hours of service.  Off on weekends.");
        expected.put("contact_role", "pointOfContact");
        expected.put("mode", "default");
        assertEquals(expected, migration.jwps());
        assertTrue("every written key is a setting",
                migration.jwps().keySet().stream().allMatch(k -> Catalogue.find(k).isPresent()));
    }

    @Test
    public void theSampleReportsWhatItCannotMapAndWhy() throws IOException {
        Migration migration = sample();
        assertTrue(notMapped(migration, "[grass] gisbase").contains("GRASS"));
        assertTrue(notMapped(migration, "[logging] database").contains("SQLite"));
        assertFalse("the H2 default is kept", migration.jwps().containsKey("database"));
        assertTrue(notMapped(migration, "[server] maxoperations").contains("successor is maxprocesses"));
        assertTrue(notMapped(migration, "[server] outputurl").contains("'/data/' is not an absolute http(s) URL"));
        assertTrue(notMapped(migration, "[server] temp_path").contains("workdir"));
        assertTrue(notMapped(migration, "[server] processes_path").contains("deploy/"));
        assertTrue(notMapped(migration, "[server] storagetype").contains("nothing to set"));
        assertTrue(notMapped(migration, "[server] maxsingleinputsize").contains("empty"));
        assertTrue(notMapped(migration, "[server] workdir").contains("empty"));
        List<String> sources = new java.util.ArrayList<>();
        migration.mapped().forEach(e -> sources.add(e.source()));
        migration.notMapped().forEach(e -> sources.add(e.source()));
        IniFile ini = IniFile.parse(new InputStreamReader(Objects.requireNonNull(
                getClass().getResourceAsStream("/pywps/pywps-4.2-sample.cfg")), StandardCharsets.UTF_8));
        int options = 0;
        for (String section : ini.sections()) {
            for (String option : ini.options(section).keySet()) {
                options++;
                assertEquals("[" + section + "] " + option + " is reported once", 1,
                        sources.stream().filter(("[" + section + "] " + option)::equals).count());
            }
        }
        assertEquals(44, options);
        assertEquals(options, sources.size());
        String report = String.join("\n", migration.report());
        assertTrue(report, report.contains("Mapped (") && report.contains("Not mapped ("));
    }

    @Test
    public void theSampleLoggingGoesToPaxLogging() throws IOException {
        Map<String, String> pax = sample().paxLogging();
        assertEquals("org.jwps", pax.get("log4j2.logger.jwps.name"));
        assertEquals("INFO", pax.get("log4j2.logger.jwps.level"));
        assertEquals("JwpsFile", pax.get("log4j2.logger.jwps.appenderRef.jwpsfile.ref"));
        assertEquals("File", pax.get("log4j2.appender.jwpsfile.type"));
        assertEquals("JwpsFile", pax.get("log4j2.appender.jwpsfile.name"));
        assertEquals("/srv/pywps/logs/pywps.log", pax.get("log4j2.appender.jwpsfile.fileName"));
        assertEquals("%d{yyyy-MM-dd HH:mm:ss,SSS}] [%p] file=%C line=%L module=%c{1} function=%M %m%n",
                pax.get("log4j2.appender.jwpsfile.layout.pattern"));
    }

    @Test
    public void theResultOfTheSampleIsAUsableConfiguration() throws IOException {
        Settings settings = Settings.from(new LinkedHashMap<>(sample().jwps()));
        assertEquals(List.of(), settings.errors());
    }

    @Test
    public void sizesArePywpsSizes() throws IOException {
        Migration migration = map("[server]", "maxrequestsize = 5", "maxsingleinputsize = 200k");
        assertEquals("5mb", migration.jwps().get("maxrequestsize"));
        assertTrue(migration.mapped().get(0).outcome().contains("as megabytes"));
        assertEquals("200kb", migration.jwps().get("maxsingleinputsize"));
        assertTrue(notMapped(map("[server]", "maxrequestsize = 0"), "[server] maxrequestsize").contains("no limit"));
    }

    @Test
    public void relativePathsAreResolvedAgainstTheFilesFolder() throws IOException {
        Migration migration = map("[server]", "outputpath = outputs", "workdir = ../work",
                "allowedinputpaths = /data:shared");
        assertEquals("/srv/pywps/outputs", migration.jwps().get("outputpath"));
        assertEquals("/srv/work", migration.jwps().get("workdir"));
        assertEquals("/data,/srv/pywps/shared", migration.jwps().get("allowedinputpaths"));
        assertTrue(migration.mapped().get(0).outcome().contains("resolved against /srv/pywps"));
    }

    @Test
    public void postgresqlJobStoreAndDefaultsThroughInterpolation() throws IOException {
        Migration migration = map("[DEFAULT]", "host = db.example.org", "unused = 1",
                "[logging]", "database = postgresql+psycopg2://wps:secret@%(host)s:5432/wps", "level = WARNING",
                "[processing]", "mode = scheduler", "path = /opt/pywps");
        assertEquals("jdbc:postgresql://db.example.org:5432/wps?user=wps&password=secret",
                migration.jwps().get("database"));
        String report = String.join("\n", migration.report());
        assertFalse("passwords stay out of the report: " + report, report.contains("secret"));
        assertEquals("WARN", migration.paxLogging().get("log4j2.logger.jwps.level"));
        assertFalse(migration.paxLogging().containsKey("log4j2.appender.jwpsfile.type"));
        assertEquals("scheduler", migration.jwps().get("mode"));
        assertTrue(report, report.contains("no scheduler backend"));
        assertTrue(notMapped(migration, "[processing] path").contains("scheduler"));
        assertTrue(notMapped(migration, "[DEFAULT] unused").contains("interpolation")
                || notMapped(migration, "[DEFAULT] unused").contains("references"));
        assertTrue("a DEFAULT only used in references is reported once", migration.notMapped().stream()
                .filter(e -> e.source().startsWith("[DEFAULT]")).count() == 2);
    }

    @Test
    public void aDefaultOptionCountsForTheSectionsThatReadIt() throws IOException {
        Migration migration = map("[DEFAULT]", "language = fr-CA", "[server]", "url = https://wps.example.org/wps");
        assertEquals("fr-CA", migration.jwps().get("language"));
        assertEquals("https://wps.example.org/wps", migration.jwps().get("url"));
    }

    @Test
    public void formatWithoutFileIsReportedAndOddValuesAreRefused() throws IOException {
        Migration migration = map("[logging]", "format = %(message)s", "level = NOTSET", "prefix = pywps_",
                "[server]", "encoding = latin-1", "url = http://proxy/pywps", "cleantempdir = maybe",
                "[s3]", "bucket = b", "[mystery]", "x = 1");
        assertTrue(notMapped(migration, "[logging] format").contains("no file is given"));
        assertTrue(notMapped(migration, "[logging] level").contains("NOTSET"));
        assertTrue(notMapped(migration, "[logging] prefix").contains("table prefix"));
        assertTrue(notMapped(migration, "[server] encoding").contains("UTF-8 only"));
        assertTrue(notMapped(migration, "[server] cleantempdir").contains("true or false"));
        assertTrue(notMapped(migration, "[s3] bucket").contains("S3"));
        assertTrue(notMapped(migration, "[mystery] x").contains("not a section"));
        assertTrue(migration.mapped().get(0).outcome().contains("forward this URL"));
        assertTrue(migration.paxLogging().isEmpty());
    }
}
