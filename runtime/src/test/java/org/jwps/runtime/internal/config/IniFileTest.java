package org.jwps.runtime.internal.config;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;

import org.junit.Test;

/** The parts of Python's configparser a pywps.cfg relies on. */
public class IniFileTest {
    private static IniFile ini(String... lines) throws IOException {
        return IniFile.parse(new StringReader(String.join("\n", lines)));
    }

    @Test
    public void sectionsOptionsCommentsAndSeparators() throws IOException {
        IniFile ini = ini("# a comment", "; another", "[server]", "URL = http://x/wps", "language: en-US",
                "  ", "[metadata:main]", "identification_title=  Spaces around  ", "[server2] trailing text");
        assertEquals(List.of("server", "metadata:main", "server2"), ini.sections());
        assertEquals(Optional.of("http://x/wps"), ini.get("server", "url"));
        assertEquals(Optional.of("http://x/wps"), ini.get("server", "URL"));
        assertEquals(Optional.of("en-US"), ini.get("server", "language"));
        assertEquals(Optional.of("Spaces around"), ini.get("metadata:main", "identification_title"));
        assertEquals(Optional.empty(), ini.get("server", "missing"));
        assertEquals(Optional.empty(), ini.get("nosuch", "url"));
        assertEquals(List.of(), ini.problems());
    }

    @Test
    public void indentedLinesContinueAValue() throws IOException {
        IniFile ini = ini("[metadata:main]", "identification_abstract = First line", "  second line", "",
                "  after a blank line", "# a comment inside", "    last", "", "contact_name = Ada");
        assertEquals(Optional.of("First line\nsecond line\n\nafter a blank line\nlast"),
                ini.get("metadata:main", "identification_abstract"));
        assertEquals(Optional.of("Ada"), ini.get("metadata:main", "contact_name"));
    }

    @Test
    public void defaultsAreInheritedAndInterpolated() throws IOException {
        IniFile ini = ini("[DEFAULT]", "base = /srv/wps", "host = wps.example.org",
                "[server]", "url = http://%(host)s/wps", "outputpath = %(out)s", "out = %(base)s/outputs",
                "host = local", "[logging]", "format = %(asctime)s %%(levelname)s %(unknown)s 100%");
        assertEquals(Optional.of("http://local/wps"), ini.get("server", "url"));
        assertEquals(Optional.of("/srv/wps/outputs"), ini.get("server", "outputpath"));
        assertEquals(Optional.of("/srv/wps"), ini.get("logging", "base"));
        assertEquals("unknown names stay as written; %% is one percent sign",
                Optional.of("%(asctime)s %(levelname)s %(unknown)s 100%"), ini.get("logging", "format"));
        assertEquals(List.of("server", "logging"), ini.sections());
    }

    @Test
    public void aReferenceCycleEndsInsteadOfLooping() throws IOException {
        IniFile ini = ini("[server]", "a = %(b)s", "b = %(a)s");
        assertTrue(ini.get("server", "a").orElseThrow().contains("%("));
    }

    @Test
    public void syntaxProblemsAreCollectedWithTheirLine() throws IOException {
        IniFile ini = ini("orphan = 1", "[server]", "url = a", "url = b", "just text", "[server]", "language = de");
        assertEquals(List.of("line 1: option before any [section]: orphan = 1",
                "line 4: option url given twice in its section; the later value is used",
                "line 5: not a 'key = value' option: just text",
                "line 6: section [server] given twice; its options are merged"), ini.problems());
        assertEquals(Optional.of("b"), ini.get("server", "url"));
        assertEquals(Optional.of("de"), ini.get("server", "language"));
    }
}
