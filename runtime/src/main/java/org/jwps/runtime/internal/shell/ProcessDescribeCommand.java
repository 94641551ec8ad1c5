package org.jwps.runtime.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.jwps.api.Process;
import org.jwps.runtime.internal.docs.ProcessDocs;
import org.jwps.runtime.internal.http.WpsService;
import org.jwps.runtime.internal.registry.ProcessRegistry;

/**
 * {@code wps:process-describe ID}: a process's description as Markdown, the same text as the
 * documentation pages (inputs, outputs, formats, allowed values, example requests).
 */
@Service
@Command(scope = "wps", name = "process-describe", description = "Describes a process (Markdown)")
public class ProcessDescribeCommand implements Action {
    @Reference
    ProcessRegistry registry;

    @Reference
    WpsService wps;

    @Argument(index = 0, name = "process", description = "the process identifier", required = true)
    @Completion(ProcessIdCompleter.class)
    String id;

    @Override
    public Object execute() {
        Process process = registry.snapshot().get(id);
        if (process == null) {
            System.out.println("No process " + id);
            return null;
        }
        System.out.println(ProcessDocs.markdown(process.description(), wps.serviceUrl()));
        return null;
    }
}
