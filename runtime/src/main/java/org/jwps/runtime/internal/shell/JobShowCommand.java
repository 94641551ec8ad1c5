package org.jwps.runtime.internal.shell;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.jwps.runtime.internal.job.JobRecord;
import org.jwps.runtime.internal.job.JobService;

/** {@code wps:job-show ID}: everything the store knows of one job. */
@Service
@Command(scope = "wps", name = "job-show", description = "Shows one job")
public class JobShowCommand implements Action {
    @Reference
    JobService jobs;

    @Argument(index = 0, name = "job", description = "the job identifier", required = true)
    String id;

    @Override
    public Object execute() {
        JobRecord job = jobs.job(id).orElse(null);
        PrintStream out = System.out;
        if (job == null) {
            out.println("No job " + id);
            return null;
        }
        out.println("Job       " + job.id());
        out.println("Process   " + job.process() + " " + Jobs.orDash(job.version()) + " (" + Jobs.orDash(job.title()) + ")");
        out.println("Mode      " + (job.async() ? "asynchronous" : "synchronous"));
        out.println("Status    " + job.status().code() + ", " + job.percent() + " %");
        out.println("Message   " + Jobs.orDash(job.message()));
        out.println("Caller    " + Jobs.orDash(job.caller()));
        out.println("Language  " + Jobs.orDash(job.language()));
        out.println("Node      " + Jobs.orDash(job.node()) + (jobs.runningHere().contains(job.id()) ? " (this node)" : ""));
        out.println("Created   " + Jobs.time(job.created()));
        out.println("Started   " + Jobs.time(job.started()));
        out.println("Finished  " + Jobs.time(job.finished()));
        if (job.async()) {
            out.println("Status document " + jobs.outputs().statusLocation(job.id()));
        }
        return null;
    }
}
