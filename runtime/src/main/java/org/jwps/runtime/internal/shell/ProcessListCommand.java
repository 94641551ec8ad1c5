package org.jwps.runtime.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.jwps.api.ProcessDescription;
import org.jwps.runtime.internal.registry.ProcessRegistry;

/** {@code wps:process-list}: the processes on offer and the bundles they come from. */
@Service
@Command(scope = "wps", name = "process-list", description = "Lists the processes on offer")
public class ProcessListCommand implements Action {
    @Reference
    ProcessRegistry registry;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Identifier");
        table.column("Version");
        table.column("Async");
        table.column("Bundle");
        table.column("Title").maxSize(50);
        for (ProcessRegistry.Entry entry : registry.snapshot().ordered()) {
            ProcessDescription description = entry.process().description();
            table.addRow().addContent(entry.identifier(), Jobs.orDash(description.version()),
                    description.storeSupported() && description.statusSupported() ? "yes" : "no", entry.bundle(),
                    Jobs.orDash(description.title()));
        }
        table.print(System.out);
        return null;
    }
}
