package org.jwps.runtime.internal.shell;

import java.util.Comparator;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.jwps.api.Format;

/** {@code wps:format-list}: the formats registered as services (by io-formats and process bundles). */
@Service
@Command(scope = "wps", name = "format-list", description = "Lists the known formats")
public class FormatListCommand implements Action {
    @Reference
    List<Format> formats;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Mime type");
        table.column("Encoding");
        table.column("Extension");
        table.column("Schema").maxSize(70);
        formats.stream().sorted(Comparator.comparing(Format::mimeType)).forEach(f -> table.addRow().addContent(
                f.mimeType(), Jobs.orDash(f.encoding()), Jobs.orDash(f.extension()), Jobs.orDash(f.schema())));
        table.print(System.out);
        return null;
    }
}
