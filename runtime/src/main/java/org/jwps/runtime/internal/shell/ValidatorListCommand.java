package org.jwps.runtime.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.jwps.runtime.internal.validation.ValidatorRegistry;

/** {@code wps:validator-list}: which validator checks each mime type. */
@Service
@Command(scope = "wps", name = "validator-list", description = "Lists the validator in charge of each mime type")
public class ValidatorListCommand implements Action {
    @Reference
    ValidatorRegistry validators;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Mime type");
        table.column("Validator");
        validators.all().forEach((mime, validator) -> table.addRow().addContent(mime,
                validator.getClass().getName()));
        table.print(System.out);
        return null;
    }
}
