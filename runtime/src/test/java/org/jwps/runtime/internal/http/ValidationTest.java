package org.jwps.runtime.internal.http;

import static org.jwps.runtime.internal.xml.WpsSchemas.assertExceptionReport;
import static org.jwps.runtime.internal.xml.WpsSchemas.xpath;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.jwps.api.Process;
import org.jwps.api.ValidationException;
import org.jwps.api.ValidationMode;
import org.jwps.api.Validator;
import org.jwps.runtime.internal.registry.ProcessRegistry;
import org.jwps.runtime.internal.validation.ValidatorRegistry;

/** Complex inputs are checked by the Validator service of their mime type, at their mode. */
public class ValidationTest {
    private static final String EXECUTE = "service=WPS&version=1.0.0&request=Execute&identifier=strict&DataInputs=doc=";

    private final ProcessRegistry registry = new ProcessRegistry();
    private final ValidatorRegistry validators = new ValidatorRegistry();
    private final List<ValidationMode> modesSeen = new ArrayList<>();
    private WpsService service;
    private TestWps wps;
    private Path workDir;

    /** Accepts documents that start with {@code <ok}. */
    private final Validator startsWithOk = (data, mode) -> {
        modesSeen.add(mode);
        try (InputStream in = data.stream()) {
            String start = new String(in.readNBytes(3), StandardCharsets.UTF_8);
            if (!start.equals("<ok")) {
                throw new ValidationException("line 1, column 2: expected <ok, found " + start);
            }
        }
    };

    @Before
    public void setUp() throws IOException {
        workDir = Files.createTempDirectory("jwps-validation");
        Map<String, Object> config = new HashMap<>();
        config.put("workdir", workDir.toString());
        Process strict = new TestProcesses.Strict();
        registry.add(new ProcessRegistry.Entry(strict, "strict", 0, 1, "test"));
        wps = new TestWps(registry, validators, config);
        service = wps.service;
    }

    @After
    public void tearDown() throws IOException {
        wps.close();
        try (var files = Files.list(workDir)) {
            assertEquals("work directories are removed", 0, files.count());
        }
        Files.delete(workDir);
    }

    private static ValidatorRegistry.Entry entry(Validator validator, int ranking, long id, String... mimeTypes) {
        return new ValidatorRegistry.Entry(validator, List.of(mimeTypes), ranking, id);
    }

    @Test
    public void withoutAValidatorTheDataPasses() {
        WpsResponse response = service.get(EXECUTE + "<bad/>@mimeType=text/xml");
        assertEquals(200, response.status());
        assertTrue(modesSeen.isEmpty());
    }

    @Test
    public void theValidatorOfTheMimeTypeChecksAtTheInputsMode() {
        validators.add(entry(startsWithOk, 0, 1, "text/xml"));
        WpsResponse valid = service.get(EXECUTE + "<ok/>@mimeType=text/xml");
        assertEquals(200, valid.status());
        assertEquals("ran with <ok/>", xpath(valid.body(), "string(//wps:LiteralData)"));
        assertEquals(List.of(ValidationMode.STRICT), modesSeen);

        WpsResponse invalid = service.get(EXECUTE + "<bad/>@mimeType=text/xml");
        assertExceptionReport(invalid.status(), invalid.body(), 400, "InvalidParameterValue", "doc");
        String text = new String(invalid.body(), StandardCharsets.UTF_8);
        assertTrue(text, text.contains("expected &lt;ok, found &lt;ba") || text.contains("expected <ok, found <ba"));
    }

    @Test
    public void higherRankingWinsAndParametersFallBackToTheBaseType() {
        Validator rejectAll = (data, mode) -> {
            throw new ValidationException("always invalid");
        };
        validators.add(entry(rejectAll, 0, 1, "application/x-test"));
        validators.add(entry(startsWithOk, 10, 2, "Application/X-Test"));
        assertSame(startsWithOk, validators.find("application/x-test; version=2"));
        assertSame(startsWithOk, validators.find("APPLICATION/X-TEST;version=2"));
        assertNull(validators.find("text/plain"));
        assertEquals(200, service.get(EXECUTE + "<ok/>@mimeType=application/x-test%253B%2520version=2").status());
    }

    @Test
    public void aValidatorBugIsAServerErrorThatLeaksNothing() {
        validators.add(entry((data, mode) -> {
            throw new IllegalStateException("secret /etc/validator");
        }, 0, 1, "text/xml"));
        WpsResponse response = service.get(EXECUTE + "<ok/>@mimeType=text/xml");
        assertExceptionReport(response.status(), response.body(), 500, "NoApplicableCode", "doc");
        assertFalse(new String(response.body(), StandardCharsets.UTF_8).contains("secret"));
    }

    @Test
    public void validatorsComeAndGo() {
        validators.add(entry(startsWithOk, 0, 7, "text/xml"));
        assertEquals(400, service.get(EXECUTE + "<bad/>@mimeType=text/xml").status());
        validators.remove(startsWithOk);
        assertEquals(200, service.get(EXECUTE + "<bad/>@mimeType=text/xml").status());
    }

}
