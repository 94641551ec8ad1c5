package org.jwps.runtime.internal.docs;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Escaping for Markdown that project documentation tools render (CommonMark, GitHub, MkDocs'
 * Python-Markdown, Sphinx/MyST). Description texts are untrusted: after escaping they render
 * as the same text and can neither open HTML (a {@code <script>} stays text) nor start
 * emphasis, links, headings, lists or tables. Only escapes every one of those flavours
 * understands are used: a backslash before {@code \ ` * _ { } [ ] # | + - . )}, and character
 * references for {@code & < > ~ =}.
 */
final class Markdown {
    private static final Pattern ORDERED_LIST = Pattern.compile("^(\\d+)([.)])");
    private static final Pattern BACKTICKS = Pattern.compile("`+");
    /** What a link destination keeps as is: RFC 3986 reserved characters and '%', minus brackets and parentheses. */
    private static final String DESTINATION_KEEP = ":/?#@!$&'*+,;=%";

    private Markdown() {
    }

    /**
     * @param text untrusted text, or {@code null}
     * @return the text for inline use (a heading, a list item, a table cell): one line, escaped
     */
    static String inline(String text) {
        if (text == null) {
            return "";
        }
        return escape(text.strip().replaceAll("\\s*[\\r\\n]+\\s*", " "));
    }

    /**
     * @param text untrusted multi-line text
     * @return the text as paragraphs: lines kept, blank lines separating paragraphs, nothing at
     *         the start of a line able to begin a block (list, heading, quote, code)
     */
    static String paragraphs(String text) {
        StringBuilder out = new StringBuilder();
        boolean blank = false;
        for (String line : text.strip().split("\\r\\n|\\r|\\n")) {
            String stripped = line.strip();
            if (stripped.isEmpty()) {
                blank = true;
                continue;
            }
            if (out.length() > 0) {
                out.append(blank ? "\n\n" : "\n");
            }
            blank = false;
            out.append(lineStart(escape(stripped)));
        }
        return out.toString();
    }

    /** Neutralises what only means something at the start of a line (the rest is escaped already). */
    private static String lineStart(String line) {
        char first = line.charAt(0);
        if (first == '-' || first == '+') {
            return "\\" + line;
        }
        if (first == '=') {
            return "&#61;" + line.substring(1);
        }
        Matcher ordered = ORDERED_LIST.matcher(line);
        if (ordered.find()) {
            return ordered.group(1) + "\\" + ordered.group(2) + line.substring(ordered.end());
        }
        return line;
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '~' -> out.append("&#126;");
                case '\\', '`', '*', '_', '{', '}', '[', ']', '#', '|' -> out.append('\\').append(c);
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else {
                        // as in the HTML: what XML cannot carry is no text either
                        out.append(Xml.allowed(c) && c != '\n' && c != '\r' ? c : '\uFFFD');
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * @param text untrusted text
     * @return an inline code span showing the text literally (on one line)
     */
    static String code(String text) {
        String content = text.replaceAll("[\\r\\n]+", " ");
        String fence = "`".repeat(longestBacktickRun(content) + 1);
        // a space keeps a backtick at either end from joining the fence; renderers strip one space each side
        boolean pad = content.startsWith("`") || content.endsWith("`");
        return fence + (pad ? " " : "") + content + (pad ? " " : "") + fence;
    }

    /**
     * @param text untrusted multi-line text
     * @param info the info string, e.g. {@code xml}
     * @return a fenced code block whose fence no line of the text can close
     */
    static String block(String text, String info) {
        String fence = "`".repeat(Math.max(3, longestBacktickRun(text) + 1));
        String body = text.endsWith("\n") ? text : text + "\n";
        return fence + info + "\n" + body + fence + "\n";
    }

    /**
     * @param text  the link text, untrusted
     * @param href  the target, untrusted
     * @return a link when the target is {@link Links#isSafe safe}, else the text and the target as code
     */
    static String link(String text, String href) {
        if (!Links.isSafe(href)) {
            return inline(text) + " " + code(href);
        }
        return "[" + inline(text) + "](" + Links.encode(href, DESTINATION_KEEP) + ")";
    }

    private static int longestBacktickRun(String text) {
        int longest = 0;
        Matcher run = BACKTICKS.matcher(text);
        while (run.find()) {
            longest = Math.max(longest, run.group().length());
        }
        return longest;
    }
}
