package org.jwps.itests;

import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.concurrent.TimeUnit;

import javax.inject.Inject;

import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;

/** The distribution boots with the JWPS features installed and the core bundles active. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class FeatureBootIT extends JwpsPaxExamSupport {

    @Inject
    private BundleContext bundleContext;

    @Inject
    private FeaturesService featuresService;

    @Test
    public void coreBundlesAreActive() throws Exception {
        awaitActive(bundleContext, "org.jwps.jwps-api", 60, TimeUnit.SECONDS);
        awaitActive(bundleContext, "org.jwps.jwps-runtime", 60, TimeUnit.SECONDS);
    }

    @Test
    public void jwpsFeaturesAreInstalled() throws Exception {
        assertInstalled("jwps");
        assertInstalled("jwps-samples");
    }

    private void assertInstalled(String name) throws Exception {
        Feature feature = featuresService.getFeature(name);
        assertNotNull("no feature " + name, feature);
        assertTrue(name + " is not installed", featuresService.isInstalled(feature));
    }
}
