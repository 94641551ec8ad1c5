package org.jwps.runtime.internal.docs;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.net.URI;
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
import org.jwps.runtime.internal.http.TestProcessesForOtherPackages;
import org.jwps.runtime.internal.http.WpsResponse;
import org.jwps.runtime.internal.http.TestWps;
import org.jwps.runtime.internal.http.WpsService;
import org.jwps.runtime.internal.registry.ProcessRegistry;
import org.jwps.runtime.internal.validation.ValidatorRegistry;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The documentation pages through the servlet, checked the way a browser-free link checker would. */
public class ProcessDocsServletTest {
    private static final String SERVICE_URL = "http://wps.example.org/wps";
    /** Where the tests pretend the servlet is, to resolve relative links. */
    private static final URI INDEX = URI.create("http://wps.example.org" + Links.INDEX);

    private final ProcessRegistry registry = new ProcessRegistry();
    private final Map<String, Object> config = new HashMap<>();
    private final List<Process> processes = new ArrayList<>(TestProcessesForOtherPackages.all());
    private ProcessDocsServlet servlet;
    private WpsService service;
    private Path workDir;
    private TestWps wps;

    @Before
    public void setUp() throws Exception {
        processes.add(new HostileProcess());
        long id = 1;
        for (Process process : processes) {
            registry.add(new ProcessRegistry.Entry(process, process.description().identifier(), 0, id++, "test"));
        }
        workDir = Files.createTempDirectory("jwps-docs-test");
        config.put("url", SERVICE_URL);
        config.put("workdir", workDir.toString());
        servlet = new ProcessDocsServlet(registry, config);
        wps = new TestWps(registry, new ValidatorRegistry(), config);
        service = wps.service;
    }

    @After
    public void tearDown() throws Exception {
        wps.close();
        Files.delete(workDir);
    }

    private ServletCall.Response get(String pathInfo, String query) throws Exception {
        return ServletCall.get(servlet, pathInfo, query);
    }

    private ServletCall.Response html(String pathInfo) throws Exception {
        ServletCall.Response response = get(pathInfo, null);
        assertEquals(response.text(), 200, response.status());
        assertEquals(ProcessDocsServlet.HTML, response.contentType());
        return response;
    }

    @Test
    public void indexIsWellFormedAndListsEveryProcess() throws Exception {
        Document index = XhtmlParser.parse(html(null).text());
        List<String> hrefs = XhtmlParser.hrefs(index);
        for (Process process : processes) {
            String id = process.description().identifier();
            assertTrue(id + " in " + hrefs, hrefs.contains("processes/" + Links.encode(id, "")));
        }
        assertEquals(processes.size(), XhtmlParser.elements(index, "tr").size() - 1);
    }

    @Test
    public void everyLinkOfEveryPageResolves() throws Exception {
        List<URI> pages = new ArrayList<>(List.of(INDEX));
        for (String href : XhtmlParser.hrefs(XhtmlParser.parse(html(null).text()))) {
            URI target = INDEX.resolve(href);
            if (target.getPath().startsWith(Links.INDEX + "/")) {
                pages.add(target);
            }
        }
        assertEquals(processes.size() + 1, pages.size());
        int checked = 0;
        for (URI page : pages) {
            String path = page.getPath().substring(Links.INDEX.length());
            Document document = XhtmlParser.parse(html(path.isEmpty() ? null : path).text());
            for (String href : XhtmlParser.hrefs(document)) {
                checked += resolves(page, page.resolve(href)) ? 1 : 0;
            }
        }
        assertTrue("links checked: " + checked, checked > 3 * processes.size());
    }

    /** Own pages through the servlet, WPS requests through the service, other sites only by form. */
    private boolean resolves(URI from, URI target) throws Exception {
        String where = target + " (linked from " + from + ")";
        if (target.toString().startsWith(SERVICE_URL + "?")) {
            WpsResponse response = service.get(target.getRawQuery());
            assertEquals(where, 200, response.status());
            return true;
        }
        if (target.getHost().equals(INDEX.getHost()) && target.getPath().startsWith(Links.INDEX)) {
            String pathInfo = target.getPath().substring(Links.INDEX.length());
            ServletCall.Response response = get(pathInfo.isEmpty() ? null : pathInfo, target.getRawQuery());
            assertEquals(where + ": " + response.text(), 200, response.status());
            if (ProcessDocsServlet.HTML.equals(response.contentType())) {
                XhtmlParser.parse(response.text());
            }
            return true;
        }
        assertTrue(where, target.getScheme().equals("https") && target.getHost().endsWith("example.org"));
        return false;
    }

    @Test
    public void processPageShowsWhatTheDescriptionSays() throws Exception {
        String page = html("/greet").text();
        Document document = XhtmlParser.parse(page);
        assertEquals("Greet", XhtmlParser.elements(document, "h1").get(0).getTextContent());
        for (String expected : new String[] {"2.1", "Says hello", "[1, 3]", "red", "green", "metre (default)",
            "optional, up to 2 values (0..2)", "https://example.org/greet", "DescribeProcess",
            "Execute by HTTP GET", "&lt;wps:Execute"}) {
            assertTrue(expected, page.contains(expected));
        }
        String mirror = html("/mirror").text();
        for (String expected : new String[] {"text/xml (default)", "application/json; encoding=base64",
            "EPSG:3035", "2 MB", "bounding box, 2 dimensions", "Maximum size"}) {
            assertTrue(expected, mirror.contains(expected));
        }
        assertTrue(html("/strict").text().contains("STRICT"));
    }

    @Test
    public void hostileDescriptionsStayText() throws Exception {
        String page = html("/" + HostileProcess.IDENTIFIER).text();
        Document document = XhtmlParser.parse(page);
        assertFalse(page, page.contains("<script"));
        assertFalse(page.contains("<b>"));
        assertEquals(List.of(), XhtmlParser.elements(document, "script"));
        assertEquals(List.of(), XhtmlParser.elements(document, "img"));
        assertEquals(List.of(), XhtmlParser.elements(document, "b"));
        assertTrue(document.getDocumentElement().getTextContent().contains(HostileProcess.SCRIPT));
        for (Element a : XhtmlParser.elements(document, "a")) {
            String href = a.getAttribute("href");
            assertFalse(href, href.toLowerCase().startsWith("javascript"));
            assertFalse(href, href.contains("\""));
            assertEquals(1, a.getAttributes().getLength());
        }
        assertTrue("the unsafe link is still shown", page.contains("javascript:alert(1)"));
        String index = html(null).text();
        assertFalse(index.contains("<script"));
        XhtmlParser.parse(index);
    }

    @Test
    public void unknownProcessIsAnHtml404() throws Exception {
        ServletCall.Response response = get("/no_such<process>", null);
        assertEquals(404, response.status());
        assertEquals(ProcessDocsServlet.HTML, response.contentType());
        Document document = XhtmlParser.parse(response.text());
        assertTrue(document.getDocumentElement().getTextContent().contains("no_such<process>"));
        assertEquals(List.of(Links.INDEX), XhtmlParser.hrefs(document));
    }

    @Test
    public void badFormatIs400AndTrailingSlashRedirects() throws Exception {
        ServletCall.Response bad = get(null, "format=pdf");
        assertEquals(400, bad.status());
        XhtmlParser.parse(bad.text());
        ServletCall.Response slash = get("/", "format=markdown");
        assertEquals(302, slash.status());
        assertEquals(Links.INDEX + "?format=markdown", slash.headers().get("Location"));
    }

    @Test
    public void htmlHeadersForbidScriptsAndSniffing() throws Exception {
        ServletCall.Response response = html("/greet");
        assertEquals(ProcessDocsServlet.CONTENT_SECURITY_POLICY, response.headers().get("Content-Security-Policy"));
        assertTrue(response.headers().get("Content-Security-Policy").startsWith("default-src 'none'"));
        assertEquals("nosniff", response.headers().get("X-Content-Type-Options"));
        assertEquals(String.valueOf(response.body().length), response.headers().get("Content-Length"));
    }

    @Test
    public void markdownOfAllAndOfOne() throws Exception {
        ServletCall.Response all = get(null, "format=markdown");
        assertEquals(200, all.status());
        assertEquals(ProcessDocsServlet.MARKDOWN, all.contentType());
        for (Process process : processes) {
            String anchor = Links.anchor("process-", process.description().identifier());
            assertTrue(anchor, all.text().contains("<a id=\"" + anchor + "\"></a>"));
            assertTrue(anchor, all.text().contains("](#" + anchor + ")"));
        }
        assertEquals(ProcessDocs.markdown(descriptions(), SERVICE_URL), all.text());
        ServletCall.Response one = get("/greet", "format=md");
        assertTrue(one.text(), one.text().startsWith("# Greet\n"));
        assertFalse(all.text().contains("<script"));
    }

    private List<org.jwps.api.ProcessDescription> descriptions() {
        List<org.jwps.api.ProcessDescription> sorted = new ArrayList<>();
        registry.snapshot().ordered().forEach(e -> sorted.add(e.process().description()));
        return sorted;
    }

    @Test
    public void pagesAreBuiltOncePerRegistryGenerationAndUrl() {
        ProcessDocsServlet.Page first = servlet.page("/greet", null, "");
        assertSame(first, servlet.page("/greet", null, ""));
        assertSame(servlet.page(null, null, ""), servlet.page(null, "html", ""));

        registry.remove(registry.snapshot().get("fail"));
        ProcessDocsServlet.Page afterChange = servlet.page(null, null, "");
        assertFalse(afterChange.text().contains("processes/fail"));
        assertNotSame(first, servlet.page("/greet", null, ""));
        assertEquals(404, servlet.page("/fail", null, "").status());

        config.put("url", "https://renamed.example.org/ows?map=x");
        servlet.configure(config);
        assertTrue(servlet.page("/greet", null, "").text()
                .contains("https://renamed.example.org/ows?map=x&amp;service=WPS&amp;version=1.0.0&amp;request=Execute"));
    }
}
