package org.jwps.runtime.internal.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicReference;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.jwps.api.Process;
import org.jwps.api.ProcessDescription;
import org.jwps.runtime.internal.config.Settings;
import org.jwps.runtime.internal.registry.ProcessRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * The process documentation, served live from the registry through the HTTP Whiteboard:
 *
 * <ul>
 * <li>{@code GET /wps/processes}: HTML index of the offered processes;</li>
 * <li>{@code GET /wps/processes/<identifier>}: HTML page of one process (404 page if unknown);</li>
 * <li>either with {@code ?format=markdown}: the same as Markdown ({@code text/markdown}), all
 *     processes in one document or one process alone.</li>
 * </ul>
 *
 * <p>Examples and links use the {@code url} setting of PID {@code org.jwps}, read here too, so a
 * change applies to the next request. Pages only change when the offer or the URL changes, so
 * they are built once per registry generation and URL. Thread-safe.
 */
@Component(service = Servlet.class, configurationPid = ProcessDocsServlet.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@HttpWhiteboardServletName("jwps-process-docs")
@HttpWhiteboardServletPattern({Links.INDEX, Links.INDEX + "/*"})
public class ProcessDocsServlet extends HttpServlet {
    /** The service configuration this servlet takes {@code url} from (as the WPS service does). */
    static final String PID = "org.jwps";
    static final String HTML = "text/html; charset=UTF-8";
    static final String MARKDOWN = "text/markdown; charset=UTF-8";
    /** Defence in depth for the HTML: no scripts, no external loads; only the inline stylesheet. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; "
            + "base-uri 'none'; form-action 'none'";

    private static final long serialVersionUID = 1L;

    /**
     * An answer.
     *
     * @param status      the HTTP status
     * @param contentType the content type, with charset
     * @param body        the body
     * @param location    where a redirect points, else {@code null}
     */
    record Page(int status, String contentType, byte[] body, String location) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** The pages built from one registry generation and service URL. */
    private record Pages(long generation, String serviceUrl, ConcurrentMap<String, Page> byKey) {
    }

    private final transient ProcessRegistry registry;
    private final transient AtomicReference<Pages> cache = new AtomicReference<>();
    private transient volatile String serviceUrl;

    /**
     * @param registry   the processes on offer
     * @param properties the configuration of PID {@code org.jwps}, possibly empty
     */
    @Activate
    public ProcessDocsServlet(@Reference ProcessRegistry registry, Map<String, Object> properties) {
        this.registry = registry;
        configure(properties);
    }

    @Modified
    void configure(Map<String, Object> properties) {
        serviceUrl = Settings.from(properties).url();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Page page = page(request.getPathInfo(), request.getParameter("format"), request.getContextPath());
        if (page.location() != null) {
            response.sendRedirect(page.location());
            return;
        }
        response.setStatus(page.status());
        response.setContentType(page.contentType());
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (page.contentType().equals(HTML)) {
            response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        }
        response.setContentLength(page.body().length);
        response.getOutputStream().write(page.body());
    }

    /**
     * Answers one request; the seam the tests use.
     *
     * @param pathInfo    the path after {@code /wps/processes}, or {@code null}
     * @param format      the {@code format} parameter, or {@code null}
     * @param contextPath the servlet context path, for links that must work from anywhere
     * @return the page
     */
    Page page(String pathInfo, String format, String contextPath) {
        String index = contextPath + Links.INDEX;
        boolean markdown;
        if (format == null || format.isBlank() || format.equalsIgnoreCase("html")) {
            markdown = false;
        } else if (format.equalsIgnoreCase("markdown") || format.equalsIgnoreCase("md")) {
            markdown = true;
        } else {
            return error(400, "Unknown format", "The format '" + format + "' is not offered; leave it out for "
                    + "HTML or ask for format=markdown.", index);
        }
        if ("/".equals(pathInfo)) {
            // the relative links of the index only work from /wps/processes itself
            return new Page(302, HTML, new byte[0], index + (markdown ? "?format=markdown" : ""));
        }
        ProcessRegistry.Snapshot snapshot = registry.snapshot();
        Pages pages = pagesOf(snapshot);
        String kind = markdown ? "md" : "html";
        if (pathInfo == null) {
            return pages.byKey().computeIfAbsent(kind + ":", k -> ok(markdown,
                    markdown ? MarkdownRenderer.all(descriptions(snapshot), pages.serviceUrl())
                            : HtmlRenderer.index(descriptions(snapshot), pages.serviceUrl())));
        }
        String identifier = pathInfo.substring(1);
        Process process = snapshot.get(identifier);
        if (process == null) {
            // not cached: unknown names are unbounded
            return error(404, "No such process", "No process '" + identifier + "' is offered now.", index);
        }
        ProcessDescription description = process.description();
        return pages.byKey().computeIfAbsent(kind + ":" + identifier, k -> ok(markdown,
                markdown ? MarkdownRenderer.one(description, pages.serviceUrl())
                        : HtmlRenderer.process(description, pages.serviceUrl())));
    }

    /** The cache for this snapshot, replaced when the offer or the URL has changed. */
    private Pages pagesOf(ProcessRegistry.Snapshot snapshot) {
        String url = serviceUrl;
        Pages current = cache.get();
        if (current != null && current.generation() == snapshot.generation() && current.serviceUrl().equals(url)) {
            return current;
        }
        Pages fresh = new Pages(snapshot.generation(), url, new ConcurrentHashMap<>());
        // a racing request may have installed other pages: either set is consistent with its own snapshot
        cache.compareAndSet(current, fresh);
        return fresh;
    }

    private static List<ProcessDescription> descriptions(ProcessRegistry.Snapshot snapshot) {
        List<ProcessDescription> descriptions = new ArrayList<>();
        snapshot.ordered().forEach(e -> descriptions.add(e.process().description()));
        return descriptions;
    }

    private static Page ok(boolean markdown, String text) {
        return new Page(200, markdown ? MARKDOWN : HTML, text.getBytes(StandardCharsets.UTF_8), null);
    }

    private static Page error(int status, String title, String message, String index) {
        return new Page(status, HTML, HtmlRenderer.error(title, message, index).getBytes(StandardCharsets.UTF_8),
                null);
    }
}
