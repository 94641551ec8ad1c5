package org.jwps.runtime.internal.config;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Translates a Python {@code logging.Formatter} format ({@code %(asctime)s [%(levelname)s] %(message)s})
 * into a Log4j 2 {@code PatternLayout} pattern, the layout pax-logging uses. Attributes without a
 * Log4j counterpart are dropped and named, so the importer can report them.
 */
public final class PythonLogFormat {
    private static final Pattern ATTRIBUTE = Pattern.compile("%\\((\\w+)\\)(-?\\d*)(?:\\.\\d+)?[sdfr]");

    /** Python LogRecord attribute to conversion pattern; the closest Java meaning where they differ. */
    private static final Map<String, String> CONVERSIONS = Map.ofEntries(
            Map.entry("asctime", "d{yyyy-MM-dd HH:mm:ss,SSS}"),
            Map.entry("created", "d{UNIX_MILLIS}"),
            Map.entry("msecs", "d{SSS}"),
            Map.entry("relativeCreated", "r"),
            Map.entry("levelname", "p"),
            Map.entry("name", "c"),
            Map.entry("message", "m"),
            Map.entry("pathname", "C"),   // the source file's path: the class is what Java has
            Map.entry("module", "c{1}"),  // the module: the logger's simple name
            Map.entry("filename", "F"),
            Map.entry("funcName", "M"),
            Map.entry("lineno", "L"),
            Map.entry("process", "pid"),
            Map.entry("thread", "tid"),
            Map.entry("threadName", "t"));

    /**
     * The translation.
     *
     * @param pattern the Log4j 2 pattern, ending with a line break as Python's handlers do
     * @param dropped the Python attributes that have no counterpart and were left out
     */
    public record Translation(String pattern, List<String> dropped) {
    }

    private PythonLogFormat() {
    }

    /**
     * @param format a Python logging format, {@code %%} meaning a percent sign
     * @return the Log4j 2 pattern and what could not be translated
     */
    public static Translation toLog4j(String format) {
        StringBuilder pattern = new StringBuilder();
        Set<String> dropped = new TreeSet<>();
        Matcher m = ATTRIBUTE.matcher(format);
        int last = 0;
        while (m.find()) {
            literal(format.substring(last, m.start()), pattern);
            String conversion = CONVERSIONS.get(m.group(1));
            if (conversion == null) {
                dropped.add(m.group(1));
            } else {
                pattern.append('%').append(m.group(2)).append(conversion);
            }
            last = m.end();
        }
        literal(format.substring(last), pattern);
        return new Translation(pattern.append("%n").toString(), List.copyOf(dropped));
    }

    /**
     * Python's {@code %%} is a percent sign; Log4j writes one as {@code %%} too, and any other
     * {@code %} is doubled. {@code ${} would start a Log4j lookup: escaped as {@code $${}.
     */
    private static void literal(String text, StringBuilder pattern) {
        pattern.append(text.replace("%%", "\u0000").replace("%", "%%").replace("\u0000", "%%")
                .replace("${", "$${"));
    }
}
