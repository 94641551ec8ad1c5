package org.jwps.validators.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.SAXException;

/**
 * The XML schemas bundled in this jar under {@code /schemas}, found by the URLs documents use
 * ({@code http://schemas.opengis.net/...}, W3C's xlink and xml.xsd, OASIS xAL), compiled once
 * and cached ({@link Schema} is thread-safe). Nothing is fetched from the network: a location
 * that is not bundled is reported, and the schema factory may only open bundled resources
 * ({@code file}, {@code jar}, and the {@code bundle}/{@code bundleresource} URLs of OSGi frameworks).
 */
final class OfflineSchemas {
    /** Schema locations of the GML and KML versions this server validates. */
    static final String GML_212 = "http://schemas.opengis.net/gml/2.1.2/feature.xsd";
    static final String GML_311 = "http://schemas.opengis.net/gml/3.1.1/base/gml.xsd";
    static final String GML_321 = "http://schemas.opengis.net/gml/3.2.1/gml.xsd";
    static final String KML_22 = "http://schemas.opengis.net/kml/2.2.0/ogckml22.xsd";
    static final String LOCAL_PROTOCOLS = "file,jar,jar:file,bundle,bundleresource";

    private static final URL ROOT = OfflineSchemas.class.getResource("/schemas/");
    private static final Map<String, String> PREFIXES = Map.of(
            "schemas.opengis.net/", "ogc/",
            "www.w3.org/1999/xlink.xsd", "w3c/1999/xlink.xsd",
            "www.w3.org/2001/xml.xsd", "w3c/2001/xml.xsd",
            "docs.oasis-open.org/election/external/xal.xsd", "oasis/election/external/xAL.xsd");
    private static final Map<String, Schema> CACHE = new ConcurrentHashMap<>();

    private OfflineSchemas() {
    }

    /**
     * @param location a schema location: an http(s) URL, or a name relative to the bundled tree
     * @return the bundled copy, or {@code null} when it is not bundled
     */
    static URL bundled(String location) {
        if (location == null || ROOT == null) {
            return null;
        }
        String loc = location.trim();
        String lower = loc.toLowerCase(Locale.ROOT);
        String path = null;
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            String rest = loc.substring(loc.indexOf("//") + 2);
            for (Map.Entry<String, String> e : PREFIXES.entrySet()) {
                if (rest.toLowerCase(Locale.ROOT).startsWith(e.getKey())) {
                    path = e.getValue() + rest.substring(e.getKey().length());
                }
            }
        } else if (!lower.contains(":") && !loc.startsWith("/") && !loc.contains("..")) {
            path = loc;
        } else if (loc.startsWith(ROOT.toExternalForm()) && !loc.contains("..")) {
            return url(loc);
        }
        if (path == null || path.contains("..")) {
            return null;
        }
        URL u = url(ROOT.toExternalForm() + path);
        return u != null && exists(u) ? u : null;
    }

    private static URL url(String s) {
        try {
            return new URL(s);
        } catch (MalformedURLException e) {
            return null;
        }
    }

    private static boolean exists(URL u) {
        try (InputStream in = u.openStream()) {
            return in != null;
        } catch (IOException e) {
            return false;
        }
    }

    /** Resolves imports and includes to bundled copies; relative ones against the including schema. */
    static final LSResourceResolver RESOLVER = (type, ns, publicId, systemId, baseURI) -> {
        if (systemId == null) {
            return null;
        }
        URL u = bundled(systemId);
        if (u == null && baseURI != null && !systemId.contains(":")) {
            URL base = bundled(baseURI);
            u = base == null ? null : bundled(url(base, systemId));
        }
        // null lets the parser open the location itself, which the access restriction then refuses
        return u == null ? null : new Input(u, publicId);
    };

    private static String url(URL base, String relative) {
        try {
            return new URL(base, relative).toExternalForm();
        } catch (MalformedURLException e) {
            return null;
        }
    }

    /**
     * @param locations schema locations, each {@link #bundled(String) bundled}
     * @return the compiled schema, cached
     * @throws SAXException if a schema does not compile, or refers to one that is not bundled
     */
    static Schema schema(List<String> locations) throws SAXException {
        String key = String.join(" ", locations);
        Schema s = CACHE.get(key);
        if (s == null) {
            s = compile(locations);
            CACHE.putIfAbsent(key, s);
        }
        return s;
    }

    private static Schema compile(List<String> locations) throws SAXException {
        SchemaFactory f = SchemaFactory.newDefaultInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, LOCAL_PROTOCOLS);
        f.setResourceResolver(RESOLVER);
        Source[] sources = new Source[locations.size()];
        for (int i = 0; i < sources.length; i++) {
            URL u = bundled(locations.get(i));
            if (u == null) {
                throw new SAXException("schema " + locations.get(i) + " is not available offline");
            }
            sources[i] = new StreamSource(u.toExternalForm());
        }
        return f.newSchema(sources);
    }

    /** An LSInput reading a bundled URL. */
    private static final class Input implements LSInput {
        private final URL url;
        private final String publicId;

        Input(URL url, String publicId) {
            this.url = url;
            this.publicId = publicId;
        }

        @Override public InputStream getByteStream() {
            try {
                return url.openStream();
            } catch (IOException e) {
                throw new IllegalStateException("cannot read bundled schema " + url, e);
            }
        }

        @Override public String getSystemId() {
            return url.toExternalForm();
        }

        @Override public String getPublicId() {
            return publicId;
        }

        @Override public Reader getCharacterStream() {
            return null;
        }

        @Override public void setCharacterStream(Reader r) {
        }

        @Override public void setByteStream(InputStream in) {
        }

        @Override public String getStringData() {
            return null;
        }

        @Override public void setStringData(String s) {
        }

        @Override public void setSystemId(String s) {
        }

        @Override public void setPublicId(String s) {
        }

        @Override public String getBaseURI() {
            return null;
        }

        @Override public void setBaseURI(String s) {
        }

        @Override public String getEncoding() {
            return null;
        }

        @Override public void setEncoding(String s) {
        }

        @Override public boolean getCertifiedText() {
            return false;
        }

        @Override public void setCertifiedText(boolean b) {
        }
    }
}
