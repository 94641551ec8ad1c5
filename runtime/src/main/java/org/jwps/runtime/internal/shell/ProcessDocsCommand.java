package org.jwps.runtime.internal.shell;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.jwps.runtime.internal.docs.ProcessDocs;
import org.jwps.runtime.internal.http.WpsService;
import org.jwps.runtime.internal.registry.ProcessRegistry;

/** {@code wps:process-docs [FILE]}: every process on offer as one Markdown document, for a project's docs. */
@Service
@Command(scope = "wps", name = "process-docs", description = "Exports the documentation of every process as Markdown")
public class ProcessDocsCommand implements Action {
    @Reference
    ProcessRegistry registry;

    @Reference
    WpsService wps;

    @Argument(index = 0, name = "file", description = "where to write it; printed when absent")
    String file;

    @Override
    public Object execute() throws Exception {
        String markdown = ProcessDocs.markdown(registry.snapshot().ordered().stream()
                .map(e -> e.process().description()).toList(), wps.serviceUrl());
        if (file == null) {
            System.out.println(markdown);
        } else {
            Path target = Paths.get(file).toAbsolutePath();
            Files.writeString(target, markdown, StandardCharsets.UTF_8);
            System.out.println("Wrote " + target);
        }
        return null;
    }
}
