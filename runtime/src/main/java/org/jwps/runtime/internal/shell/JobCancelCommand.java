package org.jwps.runtime.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.jwps.runtime.internal.job.JobService;

/** {@code wps:job-cancel ID}: dismisses a waiting or running job. */
@Service
@Command(scope = "wps", name = "job-cancel", description = "Dismisses a waiting or running job; it ends as failed")
public class JobCancelCommand implements Action {
    @Reference
    JobService jobs;

    @Argument(index = 0, name = "job", description = "the job identifier", required = true)
    String id;

    @Override
    public Object execute() {
        boolean cancelled = jobs.cancel(id, "Job " + id + " was dismissed by an operator");
        System.out.println(cancelled ? "Job " + id + " dismissed" : "No waiting or running job " + id);
        return null;
    }
}
