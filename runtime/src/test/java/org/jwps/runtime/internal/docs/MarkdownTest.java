package org.jwps.runtime.internal.docs;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.Test;
import org.jwps.api.ProcessDescription;
import org.jwps.runtime.internal.http.TestProcessesForOtherPackages;

/** Markdown escaping, and the exported document's shape. */
public class MarkdownTest {
    private static final String URL = "http://localhost:8181/wps";

    @Test
    public void inlineTextCannotOpenHtmlOrMarkup() {
        assertEquals("&lt;script&gt;alert(1)&lt;/script&gt;", Markdown.inline("<script>alert(1)</script>"));
        assertEquals("\\*a\\* \\_b\\_ \\[c\\](d) \\`e\\` \\| &#126;&#126;f&#126;&#126; \\# &amp;amp;",
                Markdown.inline("*a* _b_ [c](d) `e` | ~~f~~ # &amp;"));
        assertEquals("one line", Markdown.inline(" one\r\n  line "));
        assertEquals("\\\\", Markdown.inline("\\"));
        assertEquals("a\uFFFDb\uFFFDc \uD83D\uDE00", Markdown.inline("a\u0001b\uFFFFc \uD83D\uDE00"));
    }

    @Test
    public void paragraphsCannotStartBlocks() {
        assertEquals("\\- a\n\\+ b\n\\# c\n&#61;== d\n12\\. e\n3\\) f\n&gt; g\n\ncode",
                Markdown.paragraphs("- a\n+ b\n# c\n=== d\n12. e\n3) f\n> g\n\n\n    code"));
    }

    @Test
    public void codeSpansAndBlocksOutlastTheirContent() {
        assertEquals("`a<b>`", Markdown.code("a<b>"));
        assertEquals("``a`b``", Markdown.code("a`b"));
        assertEquals("`` `x ``", Markdown.code("`x"));
        assertEquals("```text\nplain\n```\n", Markdown.block("plain", "text"));
        assertEquals("````xml\n```\nx\n````\n", Markdown.block("```\nx\n", "xml"));
    }

    @Test
    public void onlySafeTargetsBecomeLinks() {
        assertEquals("[docs](https://example.org/a%28b%29%5Bc%5D?d=%C3%A9&amp;e)",
                Markdown.link("docs", "https://example.org/a(b)[c]?d=é&amp;e"));
        assertEquals("white space makes a target unsafe", "x `https://example.org/a b`",
                Markdown.link("x", "https://example.org/a b"));
        assertEquals("x `javascript:alert(1)`", Markdown.link("x", "javascript:alert(1)"));
        assertEquals("x `data:text/html,<b>`", Markdown.link("x", "data:text/html,<b>"));
    }

    @Test
    public void documentHasASectionPerProcessAndBalancedFences() {
        List<ProcessDescription> processes = new ArrayList<>();
        TestProcessesForOtherPackages.all().forEach(p -> processes.add(p.description()));
        processes.add(HostileProcess.DESCRIPTION);
        String md = ProcessDocs.markdown(processes, URL);
        assertTrue(md, md.startsWith("# Processes\n\n7 processes are offered by the WPS at "));
        for (ProcessDescription process : processes) {
            assertTrue(process.identifier(), md.contains("\n## " + Markdown.inline(process.title()) + "\n"));
            assertTrue(md.contains("- Identifier: " + Markdown.code(process.identifier()) + "\n"));
        }
        assertFalse(md, md.contains("<script"));
        assertFalse(md.contains("<b>"));
        assertFalse(md.contains("\u0001"));
        assertFalse("no indented code from an abstract", md.contains("\n    not code"));
        // every fenced block closes: the examples are the only ones, two per process
        long fences = md.lines().filter(l -> l.matches("`{3,}(text|xml)?")).count();
        assertEquals(processes.size() * 4, fences);

        String one = ProcessDocs.markdown(processes.get(0), URL);
        assertTrue(one, one.startsWith("# Greet\n\nSays hello\n\n- Identifier: `greet`\n"));
        assertTrue(one.contains("\n## Inputs\n\n### Name `name`\n"));
        assertTrue(one.contains("- Allowed values:\n    - red\n    - green\n"));
        assertTrue(one.contains("- Metadata: [docs](https://example.org/greet)\n"));
    }
}
