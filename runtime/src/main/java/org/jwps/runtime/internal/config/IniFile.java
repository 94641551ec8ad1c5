package org.jwps.runtime.internal.config;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An INI file read the way Python's {@code configparser.ConfigParser} reads {@code pywps.cfg}:
 * {@code [section]} headers, {@code key = value} or {@code key: value} options (keys lowercased,
 * values stripped), full-line {@code #} and {@code ;} comments, indented continuation lines,
 * a {@code [DEFAULT]} section every other section inherits, and {@code %(name)s} interpolation
 * from the same section or DEFAULT with {@code %%} for a percent sign.
 *
 * <p>Unlike Python it never refuses a file: a reference to an unknown name stays as written
 * (so a logging format like {@code %(asctime)s} survives), and syntax problems (an option before
 * any section, duplicates, a line that is no option) are collected in {@link #problems()} with
 * their line number, the later of two duplicates winning. Immutable once parsed.
 */
public final class IniFile {
    /** The section whose options every other section inherits. */
    public static final String DEFAULT = "DEFAULT";

    private static final Pattern SECTION = Pattern.compile("\\[(.+)]");
    private static final Pattern OPTION = Pattern.compile("(.*?)\\s*[=:]\\s*(.*)");
    private static final Pattern REFERENCE = Pattern.compile("%\\(([^)]*)\\)s");
    private static final int MAX_DEPTH = 10;

    private final Map<String, Map<String, String>> sections = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    private IniFile() {
        sections.put(DEFAULT, new LinkedHashMap<>());
    }

    /**
     * @param reader the file's text; not closed
     * @return the parsed file
     * @throws IOException if reading fails
     */
    public static IniFile parse(Reader reader) throws IOException {
        IniFile ini = new IniFile();
        new Parser(ini).read(new BufferedReader(reader));
        return ini;
    }

    /** @return the sections in file order, without DEFAULT */
    public List<String> sections() {
        return sections.keySet().stream().filter(s -> !s.equals(DEFAULT)).toList();
    }

    /**
     * @param section a section name (case-sensitive, as in Python), or {@link #DEFAULT}
     * @return the options written in that section, uninterpolated, in file order; empty if there is no such section
     */
    public Map<String, String> options(String section) {
        return Collections.unmodifiableMap(sections.getOrDefault(section, Map.of()));
    }

    /**
     * @param section a section name
     * @param option  an option name (any case)
     * @return the interpolated value from the section or, if the section exists but lacks it,
     *         from DEFAULT; empty if neither has it or the section does not exist
     */
    public Optional<String> get(String section, String option) {
        Map<String, String> own = sections.get(section);
        if (own == null) {
            return Optional.empty();
        }
        String key = option.toLowerCase(Locale.ROOT);
        String raw = own.containsKey(key) ? own.get(key) : sections.get(DEFAULT).get(key);
        return Optional.ofNullable(raw).map(value -> interpolate(section, value, 0));
    }

    /** @return syntax problems, each with its line number; empty for a clean file */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    private String interpolate(String section, String value, int depth) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < value.length()) {
            char c = value.charAt(i);
            if (c != '%') {
                out.append(c);
                i++;
                continue;
            }
            if (value.startsWith("%%", i)) {
                out.append('%');
                i += 2;
                continue;
            }
            Matcher m = REFERENCE.matcher(value).region(i, value.length());
            if (m.lookingAt() && depth < MAX_DEPTH) {
                String name = m.group(1).toLowerCase(Locale.ROOT);
                Map<String, String> own = sections.get(section);
                String referenced = own.containsKey(name) ? own.get(name) : sections.get(DEFAULT).get(name);
                // unknown names stay as written: Python would refuse the whole file instead
                out.append(referenced == null ? m.group() : interpolate(section, referenced, depth + 1));
                i = m.end();
                continue;
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    /** Reads lines into the file's sections; one instance per parse. */
    private static final class Parser {
        private final IniFile ini;
        private Map<String, String> section;
        private String option;
        private int optionIndent;
        private int pendingBlankLines;

        Parser(IniFile ini) {
            this.ini = ini;
        }

        void read(BufferedReader reader) throws IOException {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                line(line, number);
            }
            finishValue();
        }

        private void line(String line, int number) {
            String stripped = line.strip();
            if (stripped.startsWith("#") || stripped.startsWith(";")) {
                return;
            }
            if (stripped.isEmpty()) {
                pendingBlankLines++;
                return;
            }
            int indent = line.length() - line.stripLeading().length();
            if (option != null && indent > optionIndent) {
                // a continuation line: blank lines in between belong to the value
                String value = section.get(option);
                section.put(option, value + "\n".repeat(pendingBlankLines + 1) + stripped);
                pendingBlankLines = 0;
                return;
            }
            finishValue();
            Matcher header = SECTION.matcher(stripped);
            if (header.lookingAt()) { // like Python: text after the closing bracket is ignored
                startSection(header.group(1), number);
                return;
            }
            Matcher pair = OPTION.matcher(stripped);
            if (!pair.matches() || pair.group(1).isEmpty()) {
                ini.problems.add("line " + number + ": not a 'key = value' option: " + stripped);
                return;
            }
            if (section == null) {
                ini.problems.add("line " + number + ": option before any [section]: " + stripped);
                return;
            }
            option = pair.group(1).toLowerCase(Locale.ROOT);
            optionIndent = indent;
            if (section.put(option, pair.group(2)) != null) {
                ini.problems.add("line " + number + ": option " + option + " given twice in its section; "
                        + "the later value is used");
            }
        }

        private void startSection(String name, int number) {
            section = ini.sections.get(name);
            if (section == null) {
                section = new LinkedHashMap<>();
                ini.sections.put(name, section);
            } else if (!name.equals(DEFAULT)) {
                ini.problems.add("line " + number + ": section [" + name + "] given twice; its options are merged");
            }
        }

        /** Ends the current option's value: trailing blank lines are not part of it. */
        private void finishValue() {
            pendingBlankLines = 0;
            option = null;
        }
    }
}
