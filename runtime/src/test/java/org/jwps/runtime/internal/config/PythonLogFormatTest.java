package org.jwps.runtime.internal.config;

import static org.junit.Assert.assertEquals;

import java.util.List;

import org.junit.Test;

/** Python logging formats as Log4j 2 patterns. */
public class PythonLogFormatTest {
    @Test
    public void pywpsDocumentedFormat() {
        PythonLogFormat.Translation t = PythonLogFormat.toLog4j("%(asctime)s] [%(levelname)s] file=%(pathname)s "
                + "line=%(lineno)s module=%(module)s function=%(funcName)s %(message)s");
        assertEquals("%d{yyyy-MM-dd HH:mm:ss,SSS}] [%p] file=%C line=%L module=%c{1} function=%M %m%n", t.pattern());
        assertEquals(List.of(), t.dropped());
    }

    @Test
    public void widthsPercentSignsAndUnknownAttributes() {
        PythonLogFormat.Translation t = PythonLogFormat.toLog4j(
                "%(levelname)-8s %(processName)s %(name)s: 100%% %(message)s ${x}");
        assertEquals("%-8p  %c: 100%% %m $${x}%n", t.pattern());
        assertEquals(List.of("processName"), t.dropped());
    }
}
