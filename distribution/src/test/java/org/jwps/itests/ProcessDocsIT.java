package org.jwps.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.ClassRule;
import org.junit.Test;
import org.jwps.runtime.internal.docs.XhtmlParser;
import org.jwps.runtime.internal.xml.WpsSchemas;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Black-box check of the process documentation of the running distribution, as a link checker
 * would do it without a browser: the index at {@code /wps/processes} is well-formed, links every
 * process GetCapabilities offers, and every page it links to answers 200 with well-formed HTML
 * naming its process; the links on those pages back into this server resolve too.
 */
public class ProcessDocsIT {
    @ClassRule
    public static final KarafDistribution KARAF = new KarafDistribution();

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private static HttpResponse<String> get(URI uri) throws Exception {
        return KARAF.httpClient().send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static URI index() {
        return URI.create(KARAF.baseUrl() + "/wps/processes");
    }

    private static Document html(HttpResponse<String> response) {
        assertEquals(response.uri() + ": " + response.body(), 200, response.statusCode());
        String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        assertTrue(response.uri() + ": " + type, type.startsWith("text/html") && type.contains("charset=utf-8"));
        return XhtmlParser.parse(response.body());
    }

    /** The identifiers GetCapabilities offers now. */
    private static Set<String> offered() throws Exception {
        HttpResponse<String> capabilities = get(URI.create(KARAF.wpsUrl() + "?service=WPS&request=GetCapabilities"));
        assertEquals(200, capabilities.statusCode());
        NodeList processes = WpsSchemas.parse(capabilities.body().getBytes(StandardCharsets.UTF_8))
                .getElementsByTagNameNS(WpsSchemas.WPS_NS, "Process");
        Set<String> ids = new TreeSet<>();
        for (int i = 0; i < processes.getLength(); i++) {
            ids.add(((Element) processes.item(i)).getElementsByTagNameNS(WpsSchemas.OWS_NS, "Identifier").item(0)
                    .getTextContent().strip());
        }
        return ids;
    }

    /** The index's links to process pages, by the identifier their path names. */
    private static Map<String, URI> processLinks(Document index) {
        Map<String, URI> links = new LinkedHashMap<>();
        String prefix = "/wps/processes/";
        for (String href : XhtmlParser.hrefs(index)) {
            URI target = index().resolve(href);
            if (target.getPath().startsWith(prefix)) {
                links.put(target.getPath().substring(prefix.length()), target);
            }
        }
        return links;
    }

    @Test
    public void indexLinksEveryOfferedProcessAndEveryLinkResolves() throws Exception {
        // processes register while the server starts: wait until index and capabilities agree
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        Set<String> offered;
        Map<String, URI> links;
        Document index;
        do {
            offered = offered();
            HttpResponse<String> response = get(index());
            index = response.statusCode() == 200 ? html(response) : null;
            links = index == null ? Map.of() : processLinks(index);
        } while (!links.keySet().containsAll(offered) && System.nanoTime() < deadline && sleep());
        assertTrue("the samples are offered: " + offered, offered.containsAll(Set.of("say_hello", "echo")));
        assertEquals("links of " + index(), offered, new TreeSet<>(links.keySet()));

        List<URI> checked = new ArrayList<>();
        for (String href : XhtmlParser.hrefs(index)) {
            resolves(index(), index().resolve(href), checked);
        }
        for (Map.Entry<String, URI> link : links.entrySet()) {
            Document page = html(get(link.getValue()));
            List<String> codes = new ArrayList<>();
            XhtmlParser.elements(page, "code").forEach(c -> codes.add(c.getTextContent()));
            assertTrue(link.getValue() + " names " + link.getKey() + ": " + codes, codes.contains(link.getKey()));
            for (String href : XhtmlParser.hrefs(page)) {
                resolves(link.getValue(), link.getValue().resolve(href), checked);
            }
        }
        assertTrue("process, DescribeProcess and GetCapabilities links were followed: " + checked,
                checked.size() > 2 * links.size());
    }

    /** Follows a link into this server once (links to other sites are left to their owners). */
    private static void resolves(URI from, URI target, List<URI> checked) throws Exception {
        if (target.getPort() != KARAF.httpPort() || checked.contains(target)) {
            return;
        }
        checked.add(target);
        HttpResponse<String> response = get(target);
        assertEquals(target + " (linked from " + from + ")", 200, response.statusCode());
        if (response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
            html(response);
        }
    }

    @Test
    public void markdownAndMissingPages() throws Exception {
        HttpResponse<String> markdown = get(URI.create(index() + "?format=markdown"));
        assertEquals(200, markdown.statusCode());
        assertTrue(markdown.headers().firstValue("Content-Type").orElse("").startsWith("text/markdown"));
        assertTrue(markdown.body(), markdown.body().startsWith("# Processes\n"));
        assertTrue(markdown.body().contains("## Process Say Hello\n"));

        HttpResponse<String> missing = get(URI.create(index() + "/no_such_process"));
        assertEquals(404, missing.statusCode());
        XhtmlParser.parse(missing.body());
    }

    private static boolean sleep() throws InterruptedException {
        Thread.sleep(200);
        return true;
    }
}
