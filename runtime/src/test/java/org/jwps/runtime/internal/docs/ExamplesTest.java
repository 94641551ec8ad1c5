package org.jwps.runtime.internal.docs;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.Test;
import org.jwps.api.AllowedValues;
import org.jwps.api.InputDescription;
import org.jwps.api.LiteralInput;
import org.jwps.api.LiteralType;
import org.jwps.api.Process;
import org.jwps.api.ProcessDescription;
import org.jwps.api.Range;
import org.jwps.runtime.internal.http.TestProcessesForOtherPackages;
import org.jwps.runtime.internal.http.WpsResponse;
import org.jwps.runtime.internal.http.TestWps;
import org.jwps.runtime.internal.http.WpsService;
import org.jwps.runtime.internal.protocol.ExecuteRequest;
import org.jwps.runtime.internal.protocol.InputValue;
import org.jwps.runtime.internal.protocol.KvpRequestParser;
import org.jwps.runtime.internal.protocol.ResponseForm;
import org.jwps.runtime.internal.protocol.XmlRequestParser;
import org.jwps.runtime.internal.registry.ProcessRegistry;
import org.jwps.runtime.internal.validation.ValidatorRegistry;
import org.jwps.runtime.internal.xml.WpsSchemas;

/** The example requests are requests this server reads, for every kind of input. */
public class ExamplesTest {
    private static final String SERVICE_URL = "http://wps.example.org/wps";

    private static List<ProcessDescription> descriptions() {
        List<ProcessDescription> descriptions = new ArrayList<>();
        TestProcessesForOtherPackages.all().forEach(p -> descriptions.add(p.description()));
        descriptions.add(HostileProcess.DESCRIPTION);
        return descriptions;
    }

    /** The identifiers of the inputs a request gives, in order. */
    private static List<String> inputs(ExecuteRequest request) {
        return request.inputs().stream().map(InputValue::identifier).toList();
    }

    private static List<String> expectedInputs(ProcessDescription process) {
        List<String> ids = new ArrayList<>();
        for (InputDescription input : process.inputs()) {
            for (int i = 0; i < Math.max(1, input.minOccurs()); i++) {
                ids.add(input.identifier());
            }
        }
        return ids;
    }

    @Test
    public void xmlExampleIsSchemaValidAndParsesIntoTheProcessesExecute() {
        for (ProcessDescription process : descriptions()) {
            String xml = Examples.xml(process);
            WpsSchemas.assertValid(xml);
            ExecuteRequest request = (ExecuteRequest) new XmlRequestParser()
                    .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            assertEquals(process.identifier(), request.identifier());
            assertEquals(expectedInputs(process), inputs(request));
            assertEquals(process.outputs().size(),
                    ((ResponseForm.Document) request.responseForm()).outputs().size());
        }
    }

    @Test
    public void kvpExampleIsAUriAndParsesIntoTheProcessesExecute() throws Exception {
        for (ProcessDescription process : descriptions()) {
            String url = Examples.kvp(process, SERVICE_URL);
            URI uri = new URI(url);
            assertEquals(url, "wps.example.org", uri.getHost());
            assertTrue(url, url.startsWith(SERVICE_URL + "?service=WPS&version=1.0.0&request=Execute&identifier="));
            ExecuteRequest request = (ExecuteRequest) new KvpRequestParser(4096).parse(uri.getRawQuery());
            assertEquals(process.identifier(), request.identifier());
            assertEquals(expectedInputs(process), inputs(request));
            ResponseForm.Document form = (ResponseForm.Document) request.responseForm();
            assertEquals(process.outputs().size(), form.outputs().size());
            assertEquals(process.outputs().get(0).identifier(), form.outputs().get(0).identifier());
        }
    }

    @Test
    public void valuesSurviveBothEncodings() throws Exception {
        ProcessDescription hostile = HostileProcess.DESCRIPTION;
        ExecuteRequest kvp = (ExecuteRequest) new KvpRequestParser(4096)
                .parse(new URI(Examples.kvp(hostile, SERVICE_URL)).getRawQuery());
        assertEquals(HostileProcess.TRICKY_DEFAULT, ((InputValue.Kvp) kvp.inputs().get(0)).text());
        InputValue.Reference reference = (InputValue.Reference) kvp.inputs().get(1).resolve();
        assertEquals(Examples.PLACEHOLDER_BASE + "data", reference.href());
        assertEquals("text/x-evil\"<>", reference.mimeType());
        assertEquals("https://example.org/s?a=1&b=2", reference.schema());

        ExecuteRequest xml = (ExecuteRequest) new XmlRequestParser().parse(new ByteArrayInputStream(
                Examples.xml(hostile).getBytes(StandardCharsets.UTF_8)));
        assertEquals(HostileProcess.TRICKY_DEFAULT, ((InputValue.Literal) xml.inputs().get(0)).value());
        assertEquals("https://example.org/s?a=1&b=2", ((InputValue.Reference) xml.inputs().get(1)).schema());
    }

    @Test
    public void serviceUrlWithAQueryOfItsOwn() throws Exception {
        String url = Examples.kvp(descriptions().get(0), "https://maps.example.org/cgi?map=wps.map");
        assertTrue(url, url.startsWith("https://maps.example.org/cgi?map=wps.map&service=WPS&"));
    }

    @Test
    public void greetsExamplesRunOnTheServer() throws Exception {
        Path workDir = Files.createTempDirectory("jwps-docs-examples");
        try {
            ProcessRegistry registry = new ProcessRegistry();
            Process greet = TestProcessesForOtherPackages.all().get(0);
            registry.add(new ProcessRegistry.Entry(greet, "greet", 0, 1, "test"));
            TestWps wps = new TestWps(registry, new ValidatorRegistry(),
                    new java.util.HashMap<>(Map.of("url", SERVICE_URL, "workdir", workDir.toString())));
            WpsService service = wps.service;
            WpsResponse byGet = service.get(new URI(Examples.kvp(greet.description(), SERVICE_URL)).getRawQuery());
            String body = new String(byGet.body(), StandardCharsets.UTF_8);
            assertEquals(body, 200, byGet.status());
            assertEquals("Hello text!", WpsSchemas.xpath(byGet.body(),
                    "//wps:Output[ows:Identifier='greeting']//wps:LiteralData"));
            WpsResponse byPost = service.post(new ByteArrayInputStream(Examples.xml(greet.description())
                    .getBytes(StandardCharsets.UTF_8)), -1);
            assertEquals(new String(byPost.body(), StandardCharsets.UTF_8), 200, byPost.status());
            assertEquals("1.0", WpsSchemas.xpath(byPost.body(),
                    "//wps:Output[ows:Identifier='length']//wps:LiteralData"));
            wps.close();
        } finally {
            Files.delete(workDir);
        }
    }

    @Test
    public void literalValuesFollowDefaultAllowedRangePlaceholder() {
        assertEquals("2", value(LiteralInput.builder("x", LiteralType.INTEGER).defaultValue("2")
                .allowedValues(AllowedValues.of(Range.closed(1, 3)))));
        assertEquals("b", value(LiteralInput.builder("x", LiteralType.STRING).allowedValues(AllowedValues.of("b", "a"))));
        assertEquals("5", value(LiteralInput.builder("x", LiteralType.INTEGER)
                .allowedValues(AllowedValues.of(Range.closed(5, 9)))));
        assertEquals("open minimum: the next step", "6", value(LiteralInput.builder("x", LiteralType.INTEGER)
                .allowedValues(AllowedValues.of(Range.open(5, 9)))));
        assertEquals("0.5", value(LiteralInput.builder("x", LiteralType.FLOAT)
                .allowedValues(AllowedValues.of(Range.closed(0.5, 0.7)))));
        assertEquals("integral inside a fractional range", "1", value(LiteralInput.builder("x", LiteralType.INTEGER)
                .allowedValues(AllowedValues.of(Range.closed(0.5, 1.7)))));
        for (LiteralType type : LiteralType.values()) {
            LiteralInput input = LiteralInput.builder("x", type).build();
            String value = Examples.literalValue(input);
            assertEquals(type + " " + value, Examples.placeholder(type), value);
            type.parse(value);
        }
    }

    private static String value(LiteralInput.Builder builder) {
        LiteralInput input = builder.build();
        String value = Examples.literalValue(input);
        assertTrue(value, input.allowedValues().allows(input.type(), input.type().parse(value)));
        return value;
    }
}
