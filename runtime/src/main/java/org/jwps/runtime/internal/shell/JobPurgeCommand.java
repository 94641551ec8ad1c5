package org.jwps.runtime.internal.shell;

import java.time.Duration;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.jwps.runtime.internal.config.Settings;
import org.jwps.runtime.internal.job.JobService;

/** {@code wps:job-purge}: forgets finished jobs with their status documents and outputs. */
@Service
@Command(scope = "wps", name = "job-purge", description = "Removes finished jobs, their status documents and outputs")
public class JobPurgeCommand implements Action {
    @Reference
    JobService jobs;

    @Option(name = "-o", aliases = "--older-than", description = "only jobs that ended longer ago than this, "
            + "e.g. 30m, 12h, 7d (default: 0, every finished job)")
    String olderThan = "0";

    @Override
    public Object execute() {
        Duration age = Settings.parseDuration(olderThan);
        System.out.println(jobs.purge(age) + " jobs removed");
        return null;
    }
}
