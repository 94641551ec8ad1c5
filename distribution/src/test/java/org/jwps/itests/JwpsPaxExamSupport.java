package org.jwps.itests;

import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.vmOptions;
import static org.ops4j.pax.exam.CoreOptions.when;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * Base of the Pax Exam tests: runs the test methods inside the JWPS distribution built by this
 * module ({@code target/jwps-distribution-*.tar.gz}, unpacked under {@code target/exam/}).
 *
 * <p>Subclasses add {@code @RunWith(PaxExam.class)}, usually
 * {@code @ExamReactorStrategy(PerClass.class)}, and may override {@link #extraOptions()}.
 * Inside the container, the system properties {@code jwps.http.port} (the HTTP port of this
 * run), {@code jwps.test.processes.jar} and {@code jwps.test.bundles.dir} are available.
 */
public abstract class JwpsPaxExamSupport {

    /** Karaf's own Java 9+ launcher options (bin/karaf 4.4.10), which Pax Exam 4.14 does not add. */
    private static final String[] JAVA_MODULE_OPTIONS = {
        "--add-reads=java.xml=java.logging",
        "--add-exports=java.base/org.apache.karaf.specs.locator=java.xml,ALL-UNNAMED",
        "--patch-module", "java.base=lib/endorsed/org.apache.karaf.specs.locator-" + karafVersion() + ".jar",
        "--patch-module", "java.xml=lib/endorsed/org.apache.karaf.specs.java.xml-" + karafVersion() + ".jar",
        "--add-opens", "java.base/java.security=ALL-UNNAMED",
        "--add-opens", "java.base/java.net=ALL-UNNAMED",
        "--add-opens", "java.base/java.lang=ALL-UNNAMED",
        "--add-opens", "java.base/java.util=ALL-UNNAMED",
        "--add-opens", "java.naming/javax.naming.spi=ALL-UNNAMED",
        "--add-opens", "java.rmi/sun.rmi.transport.tcp=ALL-UNNAMED",
        "--add-exports=java.base/sun.net.www.protocol.file=ALL-UNNAMED",
        "--add-exports=java.base/sun.net.www.protocol.ftp=ALL-UNNAMED",
        "--add-exports=java.base/sun.net.www.protocol.http=ALL-UNNAMED",
        "--add-exports=java.base/sun.net.www.protocol.https=ALL-UNNAMED",
        "--add-exports=java.base/sun.net.www.protocol.jar=ALL-UNNAMED",
        "--add-exports=java.base/sun.net.www.content.text=ALL-UNNAMED",
        "--add-exports=jdk.xml.dom/org.w3c.dom.html=ALL-UNNAMED",
        "--add-exports=jdk.naming.rmi/com.sun.jndi.url.rmi=ALL-UNNAMED",
        "--add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED",
        "--add-exports=java.security.sasl/com.sun.security.sasl=ALL-UNNAMED",
        "--add-exports=java.naming/com.sun.jndi.ldap=ALL-UNNAMED",
    };

    @Configuration
    public Option[] config() {
        String httpPort = Integer.toString(freePort());
        List<Option> options = new ArrayList<>(Arrays.asList(
                karafDistributionConfiguration()
                        .frameworkUrl(distributionArchive().toURI().toString())
                        .karafVersion(karafVersion())
                        .name("JWPS")
                        .unpackDirectory(new File(buildDir(), "exam"))
                        .useDeployFolder(false),
                when(Boolean.getBoolean("jwps.it.keep")).useOptions(keepRuntimeFolder()),
                logLevel(LogLevel.WARN),
                configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
                vmOptions(JAVA_MODULE_OPTIONS),
                // never 8181: a developer's server may be running
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", httpPort),
                // the probe and Pax Exam's own bundles come from the build's local repository
                editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg",
                        "org.ops4j.pax.url.mvn.localRepository", mavenLocalRepository()),
                editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg",
                        "org.ops4j.pax.url.mvn.repositories", "https://repo1.maven.org/maven2@id=central"),
                systemProperty("jwps.http.port").value(httpPort),
                systemProperty("jwps.test.processes.jar").value(System.getProperty("jwps.test.processes.jar", "")),
                systemProperty("jwps.test.bundles.dir").value(System.getProperty("jwps.test.bundles.dir", ""))));
        options.addAll(Arrays.asList(extraOptions()));
        return options.toArray(new Option[0]);
    }

    /** Options a test class adds to the common ones (bundles, features, config edits). */
    protected Option[] extraOptions() {
        return new Option[0];
    }

    /** In the container: the HTTP port of this run. */
    protected static int httpPort() {
        return Integer.getInteger("jwps.http.port");
    }

    /** In the container: {@code http://127.0.0.1:<port>/wps}. */
    protected static String wpsUrl() {
        return "http://127.0.0.1:" + httpPort() + "/wps";
    }

    /** The installed bundle with this symbolic name, or null. */
    protected static Bundle bundle(BundleContext context, String symbolicName) {
        for (Bundle b : context.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        return null;
    }

    /**
     * Waits until the bundle is ACTIVE (boot features may still be starting when a test begins).
     *
     * @throws AssertionError naming the bundle's state if it is not ACTIVE within the timeout
     */
    protected static Bundle awaitActive(BundleContext context, String symbolicName, long timeout, TimeUnit unit)
            throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        Bundle b = bundle(context, symbolicName);
        while (b == null || b.getState() != Bundle.ACTIVE) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(symbolicName + (b == null ? " is not installed" : " is in state " + b.getState()));
            }
            Thread.sleep(100);
            b = bundle(context, symbolicName);
        }
        return b;
    }

    private static File distributionArchive() {
        String archive = System.getProperty("jwps.distribution.archive");
        File file = archive != null ? new File(archive) : null;
        if (file == null || !file.isFile()) {
            throw new IllegalStateException("no distribution archive at " + archive
                    + " (run the ITs with mvn verify in distribution/)");
        }
        return file;
    }

    private static String karafVersion() {
        return System.getProperty("karaf.version", "4.4.10");
    }

    private static File buildDir() {
        return new File(System.getProperty("jwps.build.dir", "target"));
    }

    private static String mavenLocalRepository() {
        return System.getProperty("maven.repo.local",
                System.getProperty("user.home") + "/.m2/repository");
    }

    private static int freePort() {
        try {
            return KarafDistribution.freePort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
