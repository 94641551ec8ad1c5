package org.jwps.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
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
        Process client = new ProcessBuilder(PYTHON, "src/test/python/owslib_client.py", KARAF.wpsUrl())
                .redirectErrorStream(true).start();
        boolean finished = client.waitFor(120, TimeUnit.SECONDS);
        String output = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!finished) {
            client.destroyForcibly();
        }
        assertTrue("OWSLib did not finish in 120 s: " + output, finished);
        assertEquals(output, 0, client.exitValue());
        assertTrue(output, output.contains("all checks passed"));
    }
}
