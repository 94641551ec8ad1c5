package org.jwps.runtime.internal.docs;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * Writes HTML5 that is also well-formed XML: every element is closed (void elements as
 * {@code <meta ... />}), text and attribute values always go through {@link Xml#escape}, and
 * the only entity references are the predefined XML ones. Tag and attribute names are
 * constants of the caller, never data. Not thread-safe; one page per instance.
 */
final class HtmlWriter {
    /** Small, self-contained styling; no external resources, no scripts. */
    private static final String STYLE = String.join("\n",
            "body{font-family:system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem 1.5rem;"
                    + "line-height:1.45;color:#222;background:#fff}",
            "h1,h2,h3{line-height:1.2}h2{border-bottom:1px solid #ccc;padding-bottom:.2rem;margin-top:2rem}",
            "code,pre{font-family:ui-monospace,monospace;font-size:.92em}",
            "pre{background:#f5f5f5;border:1px solid #ddd;padding:.6rem;overflow-x:auto;white-space:pre-wrap;"
                    + "word-break:break-all}",
            "table{border-collapse:collapse;width:100%;margin:.5rem 0}",
            "th,td{border:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}",
            "th{background:#f0f0f0;width:12rem}thead th{width:auto}",
            "td ul{margin:0;padding-left:1.1rem}.abstract{white-space:pre-line}",
            "section.io{margin-bottom:1.5rem}.muted{color:#666}nav{margin-bottom:1rem}");

    private static final Set<String> BLOCKS = Set.of("head", "title", "style", "body", "html", "nav", "section",
            "h1", "h2", "h3", "p", "pre", "table", "thead", "tbody", "tr", "ul", "li", "dl", "dd");

    private final StringBuilder out = new StringBuilder(8192);
    private final Deque<String> open = new ArrayDeque<>();

    /**
     * Starts a document: doctype, {@code html} in the XHTML namespace, head with charset,
     * title and the stylesheet, and opens {@code body}.
     *
     * @param title the page title, unescaped
     */
    HtmlWriter(String title) {
        // the bare HTML5 doctype: no internal subset, nothing an XML parser could resolve
        out.append("<!DOCTYPE html>\n");
        start("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", "en");
        start("head");
        empty("meta", "charset", "UTF-8");
        empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
        element("title", title);
        start("style");
        // constant CSS without '<' or '&': safe as raw text in HTML and in XML
        out.append(STYLE);
        end();
        end();
        start("body");
    }

    /**
     * Opens an element.
     *
     * @param name       the element name
     * @param attributes name, value, name, value...; a {@code null} value leaves the attribute out
     * @return this
     */
    HtmlWriter start(String name, String... attributes) {
        out.append('<').append(name);
        attributes(attributes);
        out.append('>');
        open.push(name);
        return this;
    }

    /** Closes the innermost open element. @return this */
    HtmlWriter end() {
        String name = open.pop();
        out.append("</").append(name).append('>');
        // line breaks only where they cannot change the rendering (never inside pre)
        if (BLOCKS.contains(name)) {
            out.append('\n');
        }
        return this;
    }

    /** Writes a void element such as {@code meta}. @return this */
    HtmlWriter empty(String name, String... attributes) {
        out.append('<').append(name);
        attributes(attributes);
        out.append(" />");
        return this;
    }

    /** Writes an element holding only text. @return this */
    HtmlWriter element(String name, String text, String... attributes) {
        return start(name, attributes).text(text).end();
    }

    /** Writes escaped text. @return this */
    HtmlWriter text(String text) {
        out.append(Xml.escape(text));
        return this;
    }

    /**
     * Writes a link when the target is safe ({@link Links#isSafe}, or one of our own relative
     * links), else the text alone.
     *
     * @param href     the target
     * @param text     the link text
     * @param relative true for a link this renderer made itself
     * @return this
     */
    HtmlWriter link(String href, String text, boolean relative) {
        if (relative || Links.isSafe(href)) {
            return element("a", text, "href", href);
        }
        return text(text);
    }

    private void attributes(String... attributes) {
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"").append(Xml.escape(attributes[i + 1])).append('"');
            }
        }
    }

    /** Closes everything still open, {@code body} and {@code html} included. @return the page */
    String finish() {
        while (!open.isEmpty()) {
            end();
        }
        return out.toString();
    }
}
