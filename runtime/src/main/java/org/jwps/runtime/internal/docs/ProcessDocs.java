package org.jwps.runtime.internal.docs;

import java.util.List;

import org.jwps.api.ProcessDescription;

/**
 * Process documentation generated from process descriptions, without a toolchain: what PyWPS
 * builds with Sphinx. The servlet serves it live under {@code /wps/processes}; a shell command
 * or build step exports the Markdown with the methods here.
 *
 * <p>Every description text is treated as untrusted and escaped. Stateless and thread-safe.
 */
public final class ProcessDocs {
    private ProcessDocs() {
    }

    /**
     * One Markdown document for a set of processes: a table of them, then a section per process
     * with its description, inputs, outputs and example Execute requests (KVP and XML).
     *
     * @param processes  the processes, in the order to document them
     * @param serviceUrl the public WPS endpoint the examples and links use (the {@code url} setting)
     * @return the Markdown text, lines ending in {@code \n}
     */
    public static String markdown(List<ProcessDescription> processes, String serviceUrl) {
        return MarkdownRenderer.all(processes, serviceUrl);
    }

    /**
     * One Markdown document for one process, for projects that keep a page per process.
     *
     * @param process    the process
     * @param serviceUrl the public WPS endpoint the examples and links use
     * @return the Markdown text, lines ending in {@code \n}
     */
    public static String markdown(ProcessDescription process, String serviceUrl) {
        return MarkdownRenderer.one(process, serviceUrl);
    }

    /**
     * @param processes  the processes to list, in order
     * @param serviceUrl the public WPS endpoint
     * @return the HTML index page, whose links expect it at {@code /wps/processes}
     */
    public static String htmlIndex(List<ProcessDescription> processes, String serviceUrl) {
        return HtmlRenderer.index(processes, serviceUrl);
    }

    /**
     * @param process    a process
     * @param serviceUrl the public WPS endpoint
     * @return the HTML page of the process, whose links expect it at {@code /wps/processes/<identifier>}
     */
    public static String htmlPage(ProcessDescription process, String serviceUrl) {
        return HtmlRenderer.process(process, serviceUrl);
    }
}
