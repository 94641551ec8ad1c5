package org.jwps.runtime.internal.shell;

import java.util.List;
import java.util.Locale;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.jwps.runtime.internal.job.JobRecord;
import org.jwps.runtime.internal.job.JobService;
import org.jwps.runtime.internal.job.JobStatus;

/** {@code wps:job-list}: the newest jobs, filtered by status and process. */
@Service
@Command(scope = "wps", name = "job-list", description = "Lists jobs, newest first")
public class JobListCommand implements Action {
    @Reference
    JobService jobs;

    @Option(name = "-s", aliases = "--status", description = "only jobs in this status: accepted, running, succeeded "
            + "or failed")
    String status;

    @Option(name = "-p", aliases = "--process", description = "only jobs of this process")
    String process;

    @Option(name = "-n", aliases = "--max", description = "how many jobs to show (default 50)")
    int max = 50;

    @Override
    public Object execute() {
        JobStatus wanted = status == null ? null : JobStatus.of(status.strip().toLowerCase(Locale.ROOT));
        List<JobRecord> list = jobs.jobs(wanted, process, max);
        ShellTable table = new ShellTable();
        table.column("Job");
        table.column("Process");
        table.column("Mode");
        table.column("Status");
        table.column("%").alignRight();
        table.column("Created");
        table.column("Node");
        table.column("Message").maxSize(60);
        for (JobRecord job : list) {
            table.addRow().addContent(job.id(), job.process(), job.async() ? "async" : "sync",
                    job.status().code(), job.percent(), Jobs.time(job.created()), Jobs.orDash(job.node()),
                    Jobs.orDash(job.message()));
        }
        table.print(System.out);
        return null;
    }
}
