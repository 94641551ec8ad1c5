package org.jwps.itests;

import static org.junit.Assert.assertTrue;

import javax.inject.Inject;

import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The {@code wps:} process and job commands inside Karaf, through Pax Exam's command session:
 * what an operator types in the console.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ShellCommandsIT extends JwpsPaxExamSupport {
    @Inject
    private SessionFactory sessionFactory;

    @Test
    public void processFormatValidatorAndJobCommands() throws Exception {
        try (KarafShell shell = new KarafShell(sessionFactory)) {
            String processes = shell.run("wps:process-list");
            assertTrue(processes, processes.contains("say_hello") && processes.contains("buffer")
                    && processes.contains("jwps-sample-processes"));
            String described = shell.run("wps:process-describe literal_types");
            assertTrue(described, described.contains("literal_types") && described.contains("DataInputs"));
            String formats = shell.run("wps:format-list");
            assertTrue(formats, formats.contains("application/gml+xml") && formats.contains("application/vnd.google-earth.kml+xml"));
            String validators = shell.run("wps:validator-list");
            assertTrue(validators, validators.contains("application/geo+json"));

            String sync = shell.run("wps:execute say_hello name=Console");
            assertTrue(sync, sync.contains("response = Hello Console"));
            String async = shell.run("wps:execute --async ultimate_question");
            assertTrue(async, async.contains("succeeded 100 %") && async.contains("42"));
            String id = async.substring(async.indexOf("Job ") + 4, async.indexOf(" accepted"));

            String jobs = shell.run("wps:job-list --process ultimate_question");
            assertTrue(jobs, jobs.contains(id) && jobs.contains("async") && jobs.contains("succeeded"));
            String show = shell.run("wps:job-show " + id);
            assertTrue(show, show.contains("ultimate_question") && show.contains("Status document"));
            String cancel = shell.run("wps:job-cancel " + id);
            assertTrue(cancel, cancel.contains("No waiting or running job"));
            String purged = shell.run("wps:job-purge");
            assertTrue(purged, purged.contains("jobs removed"));
            assertTrue(shell.run("wps:job-show " + id).contains("No job"));
        }
    }
}
