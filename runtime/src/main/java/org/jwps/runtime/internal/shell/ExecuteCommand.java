package org.jwps.runtime.internal.shell;

import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.jwps.runtime.internal.http.WpsResponse;
import org.jwps.runtime.internal.http.WpsService;
import org.jwps.runtime.internal.job.JobRecord;
import org.jwps.runtime.internal.job.JobService;

/**
 * {@code wps:execute ID key=value ...}: runs a process as a client would (the request goes
 * through the WPS service, checks included), synchronously or, with {@code --async}, as a job
 * whose progress is printed until it ends.
 */
@Service
@Command(scope = "wps", name = "execute", description = "Executes a process with key=value inputs")
public class ExecuteCommand implements Action {
    @Reference
    WpsService wps;

    @Reference
    JobService jobs;

    @Option(name = "-a", aliases = "--async", description = "run as an asynchronous job and print its progress")
    boolean async;

    @Argument(index = 0, name = "process", description = "the process identifier", required = true)
    @Completion(ProcessIdCompleter.class)
    String process;

    @Argument(index = 1, name = "inputs", description = "inputs as key=value; repeat a key for several values",
            multiValued = true)
    List<String> inputs = new ArrayList<>();

    @Override
    public Object execute() throws Exception {
        PrintStream out = System.out;
        WpsResponse response = wps.get(query(), "shell");
        if (response.status() != 200 || !async) {
            ResponseText.print(response.body(), out);
            return null;
        }
        String location = ResponseText.statusLocation(response.body());
        String id = location.substring(location.lastIndexOf('/') + 1, location.length() - ".xml".length());
        out.println("Job " + id + " accepted; status at " + location);
        String last = "";
        while (true) {
            Optional<JobRecord> job = jobs.job(id);
            if (job.isPresent()) {
                String now = job.get().status().code() + " " + job.get().percent() + " % " + Jobs.orDash(job.get()
                        .message());
                if (!now.equals(last)) {
                    out.println(now);
                    last = now;
                }
                if (job.get().status().finished()) {
                    break;
                }
            }
            Thread.sleep(250);
        }
        // the status document may be written a moment before the record; it is the client's truth
        var document = wps.storedOutput(id + ".xml");
        if (document.isPresent()) {
            ResponseText.print(Files.readAllBytes(document.get().file()), out);
        }
        return null;
    }

    private String query() {
        StringBuilder dataInputs = new StringBuilder();
        for (String input : inputs) {
            int eq = input.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("Input '" + input + "' is not key=value");
            }
            if (dataInputs.length() > 0) {
                dataInputs.append(';');
            }
            // DataInputs escapes its own separators with %-encoding, then the whole parameter is encoded once more
            dataInputs.append(input, 0, eq + 1).append(escape(input.substring(eq + 1)));
        }
        StringBuilder query = new StringBuilder("service=WPS&version=1.0.0&request=Execute&identifier=")
                .append(encode(process));
        if (dataInputs.length() > 0) {
            query.append("&DataInputs=").append(encode(dataInputs.toString()));
        }
        if (async) {
            query.append("&storeExecuteResponse=true&status=true");
        }
        return query.toString();
    }

    private static String escape(String value) {
        return value.replace("%", "%25").replace(";", "%3B").replace("@", "%40").replace("=", "%3D");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
