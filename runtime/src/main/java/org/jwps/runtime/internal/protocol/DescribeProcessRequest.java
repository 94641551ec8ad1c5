package org.jwps.runtime.internal.protocol;

import java.util.List;

/**
 * @param identifiers the process identifiers; {@code all} stands for every process
 * @param language    the requested language, or {@code null}
 */
public record DescribeProcessRequest(List<String> identifiers, String language) implements WpsRequest {
    /** The identifier that asks for every process. */
    public static final String ALL = "all";

    public DescribeProcessRequest {
        identifiers = List.copyOf(identifiers);
    }
}
