package org.jwps.runtime.internal.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a {@code pywps.cfg} becomes in JWPS: the properties to merge into {@code org.jwps} and into
 * pax-logging's configuration, and for every PyWPS option what happened to it and why. Built by
 * {@link PywpsImport}; not thread-safe while being built.
 */
public final class Migration {
    /**
     * What happened to one PyWPS option.
     *
     * @param source  {@code [section] option}
     * @param outcome for a mapped option the JWPS property and value it became, else why it was not mapped
     */
    public record Entry(String source, String outcome) {
        @Override
        public String toString() {
            return source + " " + outcome;
        }
    }

    private final Map<String, String> jwps = new LinkedHashMap<>();
    private final Map<String, String> paxLogging = new LinkedHashMap<>();
    private final List<Entry> mapped = new ArrayList<>();
    private final List<Entry> notMapped = new ArrayList<>();
    private final List<String> fileProblems = new ArrayList<>();

    Migration(List<String> fileProblems) {
        this.fileProblems.addAll(fileProblems);
    }

    void toJwps(String source, String key, String value, String note) {
        jwps.put(key, value);
        String shown = key.equals("database") ? JdbcUrls.masked(value) : value;
        mapped.add(new Entry(source, "-> " + key + " = " + shown + (note == null ? "" : " (" + note + ")")));
    }

    void toPaxLogging(String source, Map<String, String> properties, String note) {
        paxLogging.putAll(properties);
        StringBuilder outcome = new StringBuilder("-> " + Catalogue.PAX_LOGGING_PID + ":");
        properties.forEach((k, v) -> outcome.append(' ').append(k).append(" = ").append(v).append(';'));
        outcome.setLength(outcome.length() - 1);
        mapped.add(new Entry(source, outcome + (note == null ? "" : " (" + note + ")")));
    }

    void notMapped(String source, String why) {
        notMapped.add(new Entry(source, "not mapped: " + why));
    }

    /** @return the properties to merge into {@code org.jwps}, in file order */
    public Map<String, String> jwps() {
        return Collections.unmodifiableMap(jwps);
    }

    /** @return the properties to merge into pax-logging's configuration ({@code org.ops4j.pax.logging}) */
    public Map<String, String> paxLogging() {
        return Collections.unmodifiableMap(paxLogging);
    }

    /** @return the options that were mapped, each with the property it became */
    public List<Entry> mapped() {
        return List.copyOf(mapped);
    }

    /** @return the options that were not mapped, each with the reason */
    public List<Entry> notMapped() {
        return List.copyOf(notMapped);
    }

    /** @return the report for the operator: file problems, mapped options, options not mapped */
    public List<String> report() {
        List<String> lines = new ArrayList<>();
        if (!fileProblems.isEmpty()) {
            lines.add("Problems in the file:");
            fileProblems.forEach(p -> lines.add("  " + p));
        }
        lines.add("Mapped (" + mapped.size() + "):");
        mapped.forEach(e -> lines.add("  " + e));
        lines.add("Not mapped (" + notMapped.size() + "):");
        notMapped.forEach(e -> lines.add("  " + e));
        return lines;
    }
}
