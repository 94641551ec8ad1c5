package org.jwps.runtime.internal.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.jwps.runtime.internal.registry.ProcessRegistry;

/** Completes the identifiers of the processes on offer. */
@Service
public class ProcessIdCompleter implements Completer {
    @Reference
    ProcessRegistry registry;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter strings = new StringsCompleter();
        registry.snapshot().ordered().forEach(e -> strings.getStrings().add(e.identifier()));
        return strings.complete(session, commandLine, candidates);
    }
}
