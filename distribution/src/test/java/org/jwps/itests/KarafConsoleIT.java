package org.jwps.itests;

import static org.junit.Assert.assertTrue;

import java.util.regex.Pattern;

import org.junit.ClassRule;
import org.junit.Test;

/**
 * The distribution as an operator drives it: the features are there at boot and the
 * {@code karaf} user can run shell commands through {@code bin/client}. Ready as soon as HTTP
 * answers, so this does not depend on the WPS servlet.
 */
public class KarafConsoleIT {

    @ClassRule
    public static final KarafDistribution KARAF = new KarafDistribution()
            .readyWhen(KarafDistribution.HTTP_ANSWERS);

    @Test
    public void bootFeaturesAreInstalledAndTheKarafUserCanUseTheShell() throws Exception {
        String installed = KARAF.client("feature:list -i");

        assertStarted(installed, "jwps");
        assertStarted(installed, "jwps-samples");
        assertStarted(installed, "http-whiteboard");
        assertStarted(installed, "scr");
        assertStarted(installed, "deployer");
    }

    private static void assertStarted(String featureList, String feature) {
        Pattern row = Pattern.compile("(?m)^" + Pattern.quote(feature) + "\\s*\\|.*\\|\\s*Started\\s*\\|");
        assertTrue(feature + " not started in:\n" + featureList, row.matcher(featureList).find());
    }
}
