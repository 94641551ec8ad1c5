package org.jwps.runtime.internal.xml;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.xml.bind.JAXBContext;
import javax.xml.bind.JAXBElement;
import javax.xml.bind.JAXBException;
import javax.xml.bind.Marshaller;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.jwps.runtime.internal.xml.ows.CodeType;
import org.jwps.runtime.internal.xml.ows.DCP;
import org.jwps.runtime.internal.xml.ows.ExceptionReport;
import org.jwps.runtime.internal.xml.ows.ExceptionType;
import org.jwps.runtime.internal.xml.ows.HTTP;
import org.jwps.runtime.internal.xml.ows.LanguageStringType;
import org.jwps.runtime.internal.xml.ows.OnlineResourceType;
import org.jwps.runtime.internal.xml.ows.Operation;
import org.jwps.runtime.internal.xml.ows.OperationsMetadata;
import org.jwps.runtime.internal.xml.ows.RequestMethodType;
import org.jwps.runtime.internal.xml.ows.ResponsiblePartySubsetType;
import org.jwps.runtime.internal.xml.ows.ServiceIdentification;
import org.jwps.runtime.internal.xml.ows.ServiceProvider;
import org.jwps.runtime.internal.xml.wps.ExecuteResponse;
import org.jwps.runtime.internal.xml.wps.Languages;
import org.jwps.runtime.internal.xml.wps.LanguagesType;
import org.jwps.runtime.internal.xml.wps.ProcessBriefType;
import org.jwps.runtime.internal.xml.wps.ProcessDescriptions;
import org.jwps.runtime.internal.xml.wps.ProcessOfferings;
import org.jwps.runtime.internal.xml.wps.WPSCapabilitiesType;
import org.xml.sax.SAXException;

public class WpsSchemasTest {

    /** Official OGC WPS 1.0.0 examples (ogc-schemas 2.6.1, ogc/wps/1.0.0/examples) that are schema-valid. */
    private static final List<String> OFFICIAL_EXAMPLES = List.of(
            "10_wpsGetCapabilities_request.xml",
            "20_wpsGetCapabilities_response.xml",
            "30_wpsDescribeProcess_request.xml",
            "40_wpsDescribeProcess_response.xml",
            "51_wpsExecute_request_ResponseDocument.xml",
            "62_wpsExecute_response.xml",
            "90_wpsExceptionReport.xml");

    private static final ObjectFactories F = new ObjectFactories();

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    @Test
    public void officialExamplesAreValid() throws IOException {
        for (String name : OFFICIAL_EXAMPLES) {
            try {
                WpsSchemas.assertValid(example(name));
            } catch (AssertionError e) {
                throw new AssertionError(name + ": " + e.getMessage(), e);
            }
        }
    }

    @Test
    public void schemaIsCached() {
        assertSame(WpsSchemas.schema(), WpsSchemas.schema());
    }

    @Test
    public void wrongElementFailsWithPosition() {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<ows:ExceptionReport xmlns:ows=\"http://www.opengis.net/ows/1.1\" version=\"1.1.0\">\n"
                + "  <ows:Exception exceptionCode=\"NoApplicableCode\">\n"
                + "    <ows:Bogus>not in the schema</ows:Bogus>\n"
                + "  </ows:Exception>\n"
                + "</ows:ExceptionReport>\n";
        AssertionError error = expectInvalid(xml);
        assertTrue(error.getMessage(), error.getMessage().startsWith("line 4, column "));
        assertTrue(error.getMessage(), error.getMessage().contains("Bogus"));
        // the byte[] variant reports the same way
        AssertionError again = expectInvalid(WpsSchemas.utf8(xml));
        assertEquals(error.getMessage(), again.getMessage());
    }

    @Test
    public void wrongRootElementFails() {
        AssertionError error = expectInvalid(
                "<wps:Capabilitys xmlns:wps=\"http://www.opengis.net/wps/1.0.0\" service=\"WPS\" version=\"1.0.0\"/>");
        assertTrue(error.getMessage(), error.getMessage().contains("Capabilitys"));
    }

    @Test
    public void missingRequiredLanguageFails() {
        // ResponseBaseType requires xml:lang
        AssertionError error = expectInvalid("<wps:ProcessDescriptions xmlns:wps=\"http://www.opengis.net/wps/1.0.0\""
                + " service=\"WPS\" version=\"1.0.0\"/>");
        assertTrue(error.getMessage(), error.getMessage().contains("lang"));
    }

    @Test
    public void doctypeIsRejectedByParse() {
        try {
            WpsSchemas.parse(WpsSchemas.utf8("<!DOCTYPE a [<!ENTITY e \"x\">]><a>&e;</a>"));
        } catch (AssertionError expected) {
            return;
        }
        fail("DOCTYPE accepted");
    }

    @Test
    public void xpathUsesWpsOwsXlinkPrefixes() throws IOException {
        byte[] xml = example("62_wpsExecute_response.xml");
        assertEquals("Buffer", WpsSchemas.xpath(xml, "/wps:ExecuteResponse/wps:Process/ows:Identifier"));
        assertEquals("http://foo.bar/foo", WpsSchemas.xpath(xml, "//wps:Process/wps:WSDL/@xlink:href"));
        assertEquals("en-CA", WpsSchemas.xpath(xml, "/*/@xml:lang"));
        assertNotNull(WpsSchemas.parse(xml).getDocumentElement());
    }

    /** The schemas resolve offline from inside a jar (as when jwps-runtime.jar is on another module's classpath). */
    @Test
    public void schemasCompileFromJarUrl() throws Exception {
        URL resource = WpsSchemas.class.getResource(WpsSchemas.WPS_ALL_XSD);
        assertNotNull(resource);
        File jar = tmp.newFile("schemas.jar");
        if ("file".equals(resource.getProtocol())) {
            Path schemasRoot = Paths.get(resource.toURI()).getParent().getParent().getParent();
            jarDirectory(schemasRoot, jar);
        } else {
            // already running from a jar: the cached schema came from there
            assertEquals("jar", resource.getProtocol());
            return;
        }
        URL inJar = new URL("jar:" + jar.toURI() + "!" + WpsSchemas.WPS_ALL_XSD);
        Schema fromJar = WpsSchemas.newSchema(inJar);
        fromJar.newValidator().validate(new StreamSource(new ByteArrayInputStream(example("20_wpsGetCapabilities_response.xml"))));
        try {
            fromJar.newValidator().validate(new StreamSource(new ByteArrayInputStream(
                    WpsSchemas.utf8("<wps:Capabilities xmlns:wps=\"http://www.opengis.net/wps/1.0.0\"/>"))));
            fail("invalid document accepted");
        } catch (SAXException expected) {
            // validated against the jar's schemas
        }
    }

    @Test
    public void exceptionReportRoundTripIsValid() throws Exception {
        ExceptionReport report = new ExceptionReport();
        report.setVersion("1.0.0");
        report.setLang("en");
        ExceptionType exception = new ExceptionType();
        exception.setExceptionCode("InvalidParameterValue");
        exception.setLocator("version");
        exception.getExceptionText().add("Unsupported version 9.9.9");
        report.getException().add(exception);

        byte[] xml = marshal(report);
        WpsSchemas.assertValid(xml);
        assertEquals("InvalidParameterValue",
                WpsSchemas.xpath(xml, "/ows:ExceptionReport/ows:Exception/@exceptionCode"));
        assertEquals("version", WpsSchemas.xpath(xml, "/ows:ExceptionReport/ows:Exception/@locator"));
        assertEquals("Unsupported version 9.9.9",
                WpsSchemas.xpath(xml, "/ows:ExceptionReport/ows:Exception/ows:ExceptionText"));

        ExceptionReport back = (ExceptionReport) unmarshal(xml);
        assertEquals("version", back.getException().get(0).getLocator());
    }

    @Test
    public void capabilitiesRoundTripIsValid() throws Exception {
        WPSCapabilitiesType caps = new WPSCapabilitiesType();
        caps.setService("WPS");
        caps.setVersion("1.0.0");
        caps.setLang("en-US");

        ServiceIdentification id = new ServiceIdentification();
        id.getTitle().add(lang("JWPS", "en-US"));
        id.setServiceType(code("WPS"));
        id.getServiceTypeVersion().add("1.0.0");
        caps.setServiceIdentification(id);

        ServiceProvider provider = new ServiceProvider();
        provider.setProviderName("JWPS");
        OnlineResourceType site = new OnlineResourceType();
        site.setHref("http://localhost:8181/wps");
        provider.setProviderSite(site);
        ResponsiblePartySubsetType contact = new ResponsiblePartySubsetType();
        contact.setIndividualName("Operator");
        provider.setServiceContact(contact);
        caps.setServiceProvider(provider);

        OperationsMetadata operations = new OperationsMetadata();
        for (String name : List.of("GetCapabilities", "DescribeProcess", "Execute")) {
            operations.getOperation().add(operation(name, "http://localhost:8181/wps"));
        }
        caps.setOperationsMetadata(operations);

        ProcessOfferings offerings = new ProcessOfferings();
        ProcessBriefType process = new ProcessBriefType();
        process.setProcessVersion("1.0.0");
        process.setIdentifier(code("org.jwps.Echo"));
        process.setTitle(lang("Echo", null));
        offerings.getProcess().add(process);
        caps.setProcessOfferings(offerings);

        Languages languages = new Languages();
        Languages.Default def = new Languages.Default();
        def.setLanguage("en-US");
        languages.setDefault(def);
        LanguagesType supported = new LanguagesType();
        supported.getLanguage().add("en-US");
        languages.setSupported(supported);
        caps.setLanguages(languages);

        byte[] xml = marshal(F.wps.createCapabilities(caps));
        WpsSchemas.assertValid(xml);
        assertEquals("org.jwps.Echo", WpsSchemas.xpath(xml,
                "/wps:Capabilities/wps:ProcessOfferings/wps:Process/ows:Identifier"));
        assertEquals("1.0.0", WpsSchemas.xpath(xml, "//wps:Process/@wps:processVersion"));
        assertEquals("http://localhost:8181/wps",
                WpsSchemas.xpath(xml, "//ows:Operation[@name='Execute']/ows:DCP/ows:HTTP/ows:Post/@xlink:href"));
        assertEquals("en-US", WpsSchemas.xpath(xml, "/wps:Capabilities/@xml:lang"));
    }

    /** Official examples survive unmarshal + marshal with the generated classes and stay valid. */
    @Test
    public void officialResponsesRoundTripThroughJaxb() throws Exception {
        assertRoundTrip("20_wpsGetCapabilities_response.xml", JAXBElement.class);
        assertRoundTrip("40_wpsDescribeProcess_response.xml", ProcessDescriptions.class);
        assertRoundTrip("62_wpsExecute_response.xml", ExecuteResponse.class);
        assertRoundTrip("90_wpsExceptionReport.xml", ExceptionReport.class);
    }

    private static void assertRoundTrip(String name, Class<?> rootType) throws Exception {
        Object root = unmarshal(example(name));
        assertTrue(name + " -> " + root.getClass(), rootType.isInstance(root));
        byte[] xml = marshal(root);
        try {
            WpsSchemas.assertValid(xml);
        } catch (AssertionError e) {
            throw new AssertionError(name + " after round trip: " + e.getMessage() + "\n"
                    + new String(xml, java.nio.charset.StandardCharsets.UTF_8), e);
        }
    }

    // --- helpers --------------------------------------------------------------------------------

    private static AssertionError expectInvalid(String xml) {
        try {
            WpsSchemas.assertValid(xml);
        } catch (AssertionError expected) {
            return expected;
        }
        throw new AssertionError("invalid document accepted: " + xml);
    }

    private static AssertionError expectInvalid(byte[] xml) {
        try {
            WpsSchemas.assertValid(xml);
        } catch (AssertionError expected) {
            return expected;
        }
        throw new AssertionError("invalid document accepted");
    }

    private static Operation operation(String name, String href) {
        Operation op = new Operation();
        op.setName(name);
        DCP dcp = new DCP();
        HTTP http = new HTTP();
        RequestMethodType get = new RequestMethodType();
        get.setHref(href);
        RequestMethodType post = new RequestMethodType();
        post.setHref(href);
        http.getGetOrPost().add(F.ows.createHTTPGet(get));
        http.getGetOrPost().add(F.ows.createHTTPPost(post));
        dcp.setHTTP(http);
        op.getDCP().add(dcp);
        return op;
    }

    private static CodeType code(String value) {
        CodeType code = new CodeType();
        code.setValue(value);
        return code;
    }

    private static LanguageStringType lang(String value, String lang) {
        LanguageStringType s = new LanguageStringType();
        s.setValue(value);
        s.setLang(lang);
        return s;
    }

    private static JAXBContext context() throws JAXBException {
        return Holder.CONTEXT;
    }

    private static byte[] marshal(Object root) throws JAXBException {
        Marshaller marshaller = context().createMarshaller();
        marshaller.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, true);
        marshaller.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        marshaller.marshal(root, out);
        return out.toByteArray();
    }

    private static Object unmarshal(byte[] xml) throws JAXBException {
        return context().createUnmarshaller().unmarshal(new StreamSource(new ByteArrayInputStream(xml)));
    }

    private static byte[] example(String name) throws IOException {
        try (InputStream in = WpsSchemasTest.class.getResourceAsStream("/examples/" + name)) {
            assertNotNull("missing test resource /examples/" + name, in);
            return in.readAllBytes();
        }
    }

    private static void jarDirectory(Path root, File jar) throws IOException, URISyntaxException {
        try (OutputStream file = Files.newOutputStream(jar.toPath());
                JarOutputStream out = new JarOutputStream(file);
                Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList())) {
                String entry = "schemas/" + root.relativize(p).toString().replace(File.separatorChar, '/');
                out.putNextEntry(new JarEntry(entry));
                Files.copy(p, out);
                out.closeEntry();
            }
        }
    }

    private static final class ObjectFactories {
        final org.jwps.runtime.internal.xml.wps.ObjectFactory wps = new org.jwps.runtime.internal.xml.wps.ObjectFactory();
        final org.jwps.runtime.internal.xml.ows.ObjectFactory ows = new org.jwps.runtime.internal.xml.ows.ObjectFactory();
    }

    private static final class Holder {
        static final JAXBContext CONTEXT;

        static {
            try {
                CONTEXT = JAXBContext.newInstance(
                        org.jwps.runtime.internal.xml.wps.ObjectFactory.class,
                        org.jwps.runtime.internal.xml.ows.ObjectFactory.class);
            } catch (JAXBException e) {
                throw new ExceptionInInitializerError(e);
            }
        }
    }
}
