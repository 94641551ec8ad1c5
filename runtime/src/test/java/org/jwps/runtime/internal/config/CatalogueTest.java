package org.jwps.runtime.internal.config;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The catalogue is the one list of settings: the metatype document bnd generates from
 * {@link JwpsConfiguration} and the {@code <config name="org.jwps">} block of the features file
 * (the shipped {@code etc/org.jwps.cfg}) must say the same.
 */
public class CatalogueTest {
    private static final Path FEATURES = Path.of("../features/src/main/feature/feature.xml");

    @Test
    public void theMetatypeDefinitionDescribesEverySettingAsTheCatalogueDoes() throws Exception {
        Map<String, Element> attributes = new LinkedHashMap<>();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("OSGI-INF/metatype/org.jwps.xml")) {
            assertNotNull("bnd did not generate the metatype document (process-classes)", in);
            NodeList ads = parse(in).getElementsByTagName("AD");
            for (int i = 0; i < ads.getLength(); i++) {
                Element ad = (Element) ads.item(i);
                attributes.put(ad.getAttribute("id"), ad);
            }
        }
        List<String> names = Catalogue.all().stream().map(Catalogue.Setting::name).toList();
        assertEquals(names, new ArrayList<>(attributes.keySet()));
        for (Catalogue.Setting setting : Catalogue.all()) {
            Element ad = attributes.get(setting.name());
            assertEquals(setting.name(), setting.doc(), ad.getAttribute("description"));
            String metatypeDefault = ad.hasAttribute("default") ? unescape(ad.getAttribute("default")) : null;
            assertEquals(setting.name(), setting.shipped(), metatypeDefault);
            assertEquals(setting.name(), "false", ad.getAttribute("required"));
        }
    }

    @Test
    public void theShippedFileDocumentsEverySettingWithTheCataloguesValue() throws Exception {
        String block = shippedBlock();
        Properties active = new Properties();
        active.load(new StringReader(block));
        Matcher commented = Pattern.compile("(?m)^#([a-z_]+) =\\s*$").matcher(block);
        List<String> commentedOut = new ArrayList<>();
        while (commented.find()) {
            commentedOut.add(commented.group(1));
        }
        for (Catalogue.Setting setting : Catalogue.all()) {
            if (setting.shipped() == null) {
                assertTrue(setting.name() + " ships commented out", commentedOut.contains(setting.name()));
                assertFalse(setting.name(), active.containsKey(setting.name()));
            } else {
                assertEquals(setting.name(), setting.shipped(), active.getProperty(setting.name()));
            }
        }
        for (String key : active.stringPropertyNames()) {
            assertTrue("unknown key in the shipped file: " + key, Catalogue.find(key).isPresent());
        }
        Map<String, Object> shipped = new LinkedHashMap<>();
        active.forEach((k, v) -> shipped.put((String) k, v));
        Settings settings = Settings.from(shipped);
        assertEquals(List.of(), settings.problems());
    }

    @Test
    public void frameworkPropertiesAreNotSettings() {
        for (String key : List.of("service.pid", "service.factoryPid", "felix.fileinstall.filename", "component.name",
                "component.id", ".private", "org.apache.karaf.features.configKey", "objectClass")) {
            assertTrue(key, Catalogue.isFrameworkProperty(key));
        }
        assertFalse(Catalogue.isFrameworkProperty("url"));
        assertFalse(Catalogue.isFrameworkProperty("servicepid"));
    }

    @Test
    public void perProcessLimitsBelongToMaxexecutiontime() {
        assertEquals("maxexecutiontime", Catalogue.find("maxexecutiontime.say_hello").orElseThrow().name());
        assertTrue(Catalogue.find("maxexecutiontime.").isEmpty());
        assertTrue(Catalogue.find("level").isEmpty());
        assertTrue(Catalogue.paxLoggingAdvice("level").isPresent());
        assertNull(Catalogue.paxLoggingAdvice("url").orElse(null));
    }

    private static String shippedBlock() throws Exception {
        assertTrue("run from the runtime module: " + FEATURES.toAbsolutePath(), Files.isRegularFile(FEATURES));
        try (InputStream in = Files.newInputStream(FEATURES)) {
            NodeList configs = parse(in).getElementsByTagName("config");
            for (int i = 0; i < configs.getLength(); i++) {
                Element config = (Element) configs.item(i);
                if (Catalogue.PID.equals(config.getAttribute("name"))) {
                    return config.getTextContent();
                }
            }
        }
        throw new AssertionError("no <config name=\"org.jwps\"> in " + FEATURES);
    }

    private static Document parse(InputStream in) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory.newDocumentBuilder().parse(in);
    }

    /** Metatype defaults escape commas, spaces and backslashes. */
    private static String unescape(String text) {
        return text.replaceAll("\\\\(.)", "$1");
    }
}
