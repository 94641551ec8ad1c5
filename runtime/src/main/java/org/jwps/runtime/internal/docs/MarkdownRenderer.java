package org.jwps.runtime.internal.docs;

import java.util.List;

import org.jwps.api.Description;
import org.jwps.api.InputDescription;
import org.jwps.api.Metadata;
import org.jwps.api.OutputDescription;
import org.jwps.api.ProcessDescription;

/**
 * The Markdown documentation: the same content as the HTML pages, for a project's docs
 * (MkDocs, Sphinx with MyST, GitHub). Stateless.
 */
final class MarkdownRenderer {
    private MarkdownRenderer() {
    }

    /**
     * @param processes  the processes, in order
     * @param serviceUrl the WPS endpoint
     * @return one document: a table of the processes linking to a section for each
     */
    static String all(List<ProcessDescription> processes, String serviceUrl) {
        StringBuilder md = new StringBuilder("# Processes\n\n");
        md.append(processes.size()).append(processes.size() == 1 ? " process is" : " processes are")
                .append(" offered by the WPS at ").append(Markdown.link(serviceUrl, Links.capabilities(serviceUrl)))
                .append(".\n\n");
        if (processes.isEmpty()) {
            return md.toString();
        }
        md.append("| Identifier | Title | Version |\n| --- | --- | --- |\n");
        for (ProcessDescription process : processes) {
            // escaped text, not a code span: GitHub splits cells at a '|' even inside code
            md.append("| [").append(Markdown.inline(process.identifier())).append("](#")
                    .append(Links.anchor("process-", process.identifier())).append(") | ")
                    .append(Markdown.inline(process.title())).append(" | ")
                    .append(Markdown.inline(process.version())).append(" |\n");
        }
        for (ProcessDescription process : processes) {
            // an explicit anchor: heading ids differ between Markdown tools
            md.append("\n<a id=\"").append(Links.anchor("process-", process.identifier())).append("\"></a>\n\n");
            process(md, process, serviceUrl, 2);
        }
        return md.toString();
    }

    /**
     * @param process    a process
     * @param serviceUrl the WPS endpoint
     * @return one document for the process alone
     */
    static String one(ProcessDescription process, String serviceUrl) {
        StringBuilder md = new StringBuilder();
        process(md, process, serviceUrl, 1);
        return md.toString();
    }

    private static void process(StringBuilder md, ProcessDescription process, String serviceUrl, int level) {
        heading(md, level, Markdown.inline(process.title()));
        abstractText(md, process);
        item(md, "Identifier", Markdown.code(process.identifier()));
        item(md, "Version", Markdown.inline(process.version()));
        if (!process.keywords().isEmpty()) {
            item(md, "Keywords", Markdown.inline(String.join(", ", process.keywords())));
        }
        if (!process.profiles().isEmpty()) {
            item(md, "Profiles", Markdown.inline(String.join(", ", process.profiles())));
        }
        item(md, "Store supported", Facts.yesNo(process.storeSupported()));
        item(md, "Status supported", Facts.yesNo(process.statusSupported())
                + (process.statusSupported() ? " (may run asynchronously)" : ""));
        metadata(md, process.metadata());
        item(md, "Description", Markdown.link("DescribeProcess",
                Links.describeProcess(serviceUrl, process.identifier())));

        heading(md, level + 1, "Inputs");
        if (process.inputs().isEmpty()) {
            md.append("This process takes no inputs.\n\n");
        }
        for (InputDescription input : process.inputs()) {
            io(md, level + 2, input, Facts.of(input));
        }
        heading(md, level + 1, "Outputs");
        for (OutputDescription output : process.outputs()) {
            io(md, level + 2, output, Facts.of(output));
        }

        heading(md, level + 1, "Example requests");
        md.append("Every input is given once (or as often as it must be), with its default, an allowed value or a ")
                .append("placeholder; complex inputs point to placeholder files under ")
                .append(Markdown.code(Examples.PLACEHOLDER_BASE)).append(". Replace them with real values.\n\n");
        md.append("Execute by HTTP GET (KVP):\n\n").append(Markdown.block(Examples.kvp(process, serviceUrl), "text"))
                .append('\n');
        md.append("Execute by HTTP POST (XML) to ").append(Markdown.code(serviceUrl))
                .append(" with the header ").append(Markdown.code("Content-Type: text/xml")).append(":\n\n")
                .append(Markdown.block(Examples.xml(process), "xml"));
    }

    private static void io(StringBuilder md, int level, Description description, List<Facts.Fact> facts) {
        heading(md, level, description.title().equals(description.identifier())
                ? Markdown.code(description.identifier())
                : Markdown.inline(description.title()) + " " + Markdown.code(description.identifier()));
        abstractText(md, description);
        for (Facts.Fact fact : facts) {
            if (fact.values().size() == 1) {
                item(md, fact.label(), Markdown.inline(fact.values().get(0)));
            } else {
                md.append("- ").append(fact.label()).append(":\n");
                // four spaces: the nesting depth every Markdown flavour agrees on
                fact.values().forEach(v -> md.append("    - ").append(Markdown.inline(v)).append('\n'));
            }
        }
        if (!description.keywords().isEmpty()) {
            item(md, "Keywords", Markdown.inline(String.join(", ", description.keywords())));
        }
        metadata(md, description.metadata());
        md.append('\n');
    }

    private static void metadata(StringBuilder md, List<Metadata> links) {
        for (Metadata link : links) {
            String text = Markdown.link(link.title() == null ? link.href() : link.title(), link.href());
            item(md, "Metadata", link.role() == null ? text : text + " (role " + Markdown.inline(link.role()) + ")");
        }
    }

    private static void heading(StringBuilder md, int level, String markdown) {
        int n = md.length();
        if (n > 0 && !(n >= 2 && md.charAt(n - 1) == '\n' && md.charAt(n - 2) == '\n')) {
            md.append('\n');
        }
        md.append("#".repeat(Math.min(level, 6))).append(' ').append(markdown).append("\n\n");
    }

    private static void abstractText(StringBuilder md, Description description) {
        if (description.abstractText() != null && !description.abstractText().isBlank()) {
            md.append(Markdown.paragraphs(description.abstractText())).append("\n\n");
        }
    }

    private static void item(StringBuilder md, String label, String markdown) {
        md.append("- ").append(label).append(": ").append(markdown).append('\n');
    }
}
