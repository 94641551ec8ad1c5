package org.jwps.runtime.internal.docs;

import java.util.List;

import org.jwps.api.Description;
import org.jwps.api.InputDescription;
import org.jwps.api.Metadata;
import org.jwps.api.OutputDescription;
import org.jwps.api.ProcessDescription;

/**
 * The HTML documentation pages: an index of the processes and one page per process. Pages are
 * self-contained (inline stylesheet, no scripts, no external resources), HTML5 that is also
 * well-formed XML, and every description text is escaped. Links between the pages are relative:
 * the index lives at {@code /wps/processes}, a process at {@code /wps/processes/<identifier>}.
 * Stateless.
 */
final class HtmlRenderer {
    private HtmlRenderer() {
    }

    /**
     * @param processes  the processes to list, in order
     * @param serviceUrl the WPS endpoint
     * @return the index page
     */
    static String index(List<ProcessDescription> processes, String serviceUrl) {
        HtmlWriter html = new HtmlWriter("WPS processes");
        html.element("h1", "Processes");
        html.start("p").text(processes.size() + (processes.size() == 1 ? " process is" : " processes are")
                + " offered by the WPS at ").link(Links.capabilities(serviceUrl), serviceUrl, false)
                .text(". This list is also available as ").link("processes?format=markdown", "Markdown", true)
                .text(".").end();
        if (processes.isEmpty()) {
            return html.element("p", "No processes are offered at the moment.").finish();
        }
        html.start("table").start("thead").start("tr");
        for (String heading : List.of("Identifier", "Title", "Version", "Abstract")) {
            html.element("th", heading);
        }
        html.end().end().start("tbody");
        for (ProcessDescription process : processes) {
            html.start("tr").start("td").start("a", "href", Links.fromIndex(process.identifier()))
                    .element("code", process.identifier()).end().end()
                    .element("td", process.title())
                    .element("td", process.version())
                    .element("td", process.abstractText() == null ? "" : process.abstractText(), "class", "abstract")
                    .end();
        }
        return html.finish();
    }

    /**
     * @param process    a process
     * @param serviceUrl the WPS endpoint
     * @return the page of the process: description, inputs, outputs and example requests
     */
    static String process(ProcessDescription process, String serviceUrl) {
        HtmlWriter html = new HtmlWriter(process.title() + " (" + process.identifier() + ")");
        html.start("nav").link(Links.indexFromProcess(), "All processes", true).end();
        html.element("h1", process.title());
        abstractText(html, process);
        html.start("table");
        row(html, "Identifier", () -> html.element("code", process.identifier()));
        row(html, "Version", () -> html.text(process.version()));
        if (!process.keywords().isEmpty()) {
            row(html, "Keywords", () -> html.text(String.join(", ", process.keywords())));
        }
        if (!process.profiles().isEmpty()) {
            row(html, "Profiles", () -> list(html, process.profiles()));
        }
        row(html, "Store supported", () -> html.text(Facts.yesNo(process.storeSupported())));
        row(html, "Status supported", () -> html.text(Facts.yesNo(process.statusSupported())
                + (process.statusSupported() ? " (may run asynchronously)" : "")));
        metadata(html, process.metadata());
        row(html, "Description", () -> html.link(Links.describeProcess(serviceUrl, process.identifier()),
                "DescribeProcess", false));
        html.end();

        html.element("h2", "Inputs", "id", "inputs");
        if (process.inputs().isEmpty()) {
            html.element("p", "This process takes no inputs.");
        }
        for (InputDescription input : process.inputs()) {
            io(html, "input-", input, Facts.of(input));
        }
        html.element("h2", "Outputs", "id", "outputs");
        for (OutputDescription output : process.outputs()) {
            io(html, "output-", output, Facts.of(output));
        }
        examples(html, process, serviceUrl);
        return html.finish();
    }

    /**
     * @param title     the page title and heading
     * @param message   what went wrong, for the reader
     * @param indexHref a link to the index that works from wherever the page is served
     * @return an error page
     */
    static String error(String title, String message, String indexHref) {
        HtmlWriter html = new HtmlWriter(title);
        html.start("nav").link(indexHref, "All processes", true).end();
        html.element("h1", title);
        return html.element("p", message).finish();
    }

    private static void io(HtmlWriter html, String prefix, Description description, List<Facts.Fact> facts) {
        html.start("section", "class", "io", "id", Links.anchor(prefix, description.identifier()));
        html.start("h3");
        if (!description.title().equals(description.identifier())) {
            html.text(description.title() + " ");
        }
        html.element("code", description.identifier()).end();
        abstractText(html, description);
        html.start("table");
        for (Facts.Fact fact : facts) {
            row(html, fact.label(), () -> {
                if (fact.values().size() == 1) {
                    html.text(fact.values().get(0));
                } else {
                    list(html, fact.values());
                }
            });
        }
        if (!description.keywords().isEmpty()) {
            row(html, "Keywords", () -> html.text(String.join(", ", description.keywords())));
        }
        metadata(html, description.metadata());
        html.end().end();
    }

    private static void examples(HtmlWriter html, ProcessDescription process, String serviceUrl) {
        html.element("h2", "Example requests", "id", "examples");
        html.element("p", "Every input is given once (or as often as it must be), with its default, an allowed "
                + "value or a placeholder; complex inputs point to placeholder files under "
                + Examples.PLACEHOLDER_BASE + ". Replace them with real values.");
        html.element("h3", "Execute by HTTP GET (KVP)");
        html.start("pre").element("code", Examples.kvp(process, serviceUrl)).end();
        html.element("h3", "Execute by HTTP POST (XML)");
        html.start("p").text("POST this document to ").element("code", serviceUrl)
                .text(" with the header ").element("code", "Content-Type: text/xml").text(".").end();
        html.start("pre").element("code", Examples.xml(process)).end();
    }

    private static void abstractText(HtmlWriter html, Description description) {
        if (description.abstractText() != null && !description.abstractText().isBlank()) {
            html.element("p", description.abstractText().strip(), "class", "abstract");
        }
    }

    private static void metadata(HtmlWriter html, List<Metadata> links) {
        if (links.isEmpty()) {
            return;
        }
        row(html, "Metadata", () -> {
            html.start("ul");
            for (Metadata link : links) {
                html.start("li");
                if (Links.isSafe(link.href())) {
                    html.link(link.href(), link.title() == null ? link.href() : link.title(), false);
                } else {
                    // not clickable (e.g. javascript:), but the reader still sees where it points
                    html.text(link.title() == null ? "" : link.title() + " ").element("code", link.href());
                }
                if (link.role() != null) {
                    html.text(" ").element("span", "(role " + link.role() + ")", "class", "muted");
                }
                html.end();
            }
            html.end();
        });
    }

    private static void row(HtmlWriter html, String label, Runnable value) {
        html.start("tr").element("th", label, "scope", "row").start("td");
        value.run();
        html.end().end();
    }

    private static void list(HtmlWriter html, List<String> values) {
        html.start("ul");
        values.forEach(v -> html.element("li", v));
        html.end();
    }
}
