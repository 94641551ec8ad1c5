package org.jwps.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;

import org.junit.ClassRule;
import org.junit.Test;

/**
 * A real client against the running distribution: OWSLib (Debian's python3-owslib, installed by
 * .ci/run) lists, describes and executes the sample processes and reads the results back.
 */
public class OwsLibClientIT {
    @ClassRule
    public static final KarafDistribution KARAF = new KarafDistribution();

    /** Debian's interpreter: the one python3-owslib installs into. */
    private static final String PYTHON = "/usr/bin/python3";

    @Test
    public void owslibReadsCapabilitiesDescriptionsAndResults() throws Exception {
        assertTrue(PYTHON + " is missing: install python3-owslib (.ci/run does)", new File(PYTHON).canExecute());
        // output to a file, so a client that hangs cannot block the test past its time limit
        Path log = Files.createDirectories(Paths.get("target/karaf-logs")).resolve("owslib-client.log");
        Process client = new ProcessBuilder(PYTHON, "src/test/python/owslib_client.py", KARAF.wpsUrl())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = client.waitFor(120, TimeUnit.SECONDS);
        if (!finished) {
            client.destroyForcibly().waitFor();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue("OWSLib did not finish in 120 s: " + output, finished);
        assertEquals(output, 0, client.exitValue());
        assertTrue(output, output.contains("all checks passed"));
    }
}
