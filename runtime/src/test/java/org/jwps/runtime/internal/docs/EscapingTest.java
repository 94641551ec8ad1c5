package org.jwps.runtime.internal.docs;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

/** XML escaping and URL building, on their own. */
public class EscapingTest {
    @Test
    public void xmlEscapesMarkupAndReplacesWhatXmlCannotCarry() {
        assertEquals("&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;", Xml.escape("<a href=\"x\">&'</a>"));
        assertEquals("a\uFFFDb\uFFFDc\uFFFD", Xml.escape("a\u0001b\uFFFFc\uD800"));
        assertEquals("tab\tnew\nline \uD83D\uDE00", Xml.escape("tab\tnew\nline \uD83D\uDE00"));
        assertEquals("", Xml.escape(null));
    }

    @Test
    public void encodingLeavesOnlyUnreservedAndAskedFor() {
        assertEquals("a%20b%2Bc%25d%2F%C3%A9", Links.encode("a b+c%d/é", ""));
        assertEquals("a=b;c@d:e/f", Links.encode("a=b;c@d:e/f", "=;@:/"));
        assertEquals("processes/say_hello", Links.fromIndex("say_hello"));
        assertEquals("processes/..%2F..%2Fetc", Links.fromIndex("../../etc"));
    }

    @Test
    public void anchorsAreDistinctAndPlain() {
        assertEquals("input-say_hello", Links.anchor("input-", "say_hello"));
        assertNotEquals(Links.anchor("", "a.b"), Links.anchor("", "a-b"));
        assertNotEquals(Links.anchor("", "a.2Eb"), Links.anchor("", "a.b"));
        assertTrue(Links.anchor("", HostileProcess.IDENTIFIER).matches("[A-Za-z0-9_.-]+"));
    }

    @Test
    public void onlyPlainWebAndMailLinksAreSafe() {
        assertTrue(Links.isSafe("https://example.org/a?b=c&d"));
        assertTrue(Links.isSafe("HTTP://example.org"));
        assertTrue(Links.isSafe("mailto:wps@example.org"));
        assertFalse(Links.isSafe("javascript:alert(1)"));
        assertFalse(Links.isSafe(" https://example.org"));
        assertFalse(Links.isSafe("https://example.org/\"onclick"));
        assertFalse(Links.isSafe("data:text/html,x"));
        assertFalse(Links.isSafe("//example.org"));
        assertFalse(Links.isSafe(null));
    }

    @Test
    public void serviceQueriesAppendToWhatTheUrlHas() {
        assertEquals("http://h/wps?service=WPS&request=GetCapabilities", Links.capabilities("http://h/wps"));
        assertEquals("http://h/cgi?map=m&service=WPS&request=GetCapabilities", Links.capabilities("http://h/cgi?map=m"));
        assertEquals("http://h/wps?service=WPS&request=GetCapabilities", Links.capabilities("http://h/wps?"));
    }
}
