package org.jwps.runtime.internal.encoding;

import java.io.OutputStream;
import java.util.Map;

import javax.xml.bind.JAXBContext;
import javax.xml.bind.JAXBException;
import javax.xml.bind.Marshaller;

import com.sun.xml.bind.marshaller.NamespacePrefixMapper;

import org.jwps.runtime.internal.protocol.Wps;

/**
 * The one JAXB context of the WPS 1.0.0 / OWS 1.1 bindings, created once, and marshalling with
 * the customary prefixes ({@code wps}, {@code ows}, {@code xlink}). Thread-safe.
 */
public final class Jaxb {
    private static final JAXBContext CONTEXT = createContext();

    private static final NamespacePrefixMapper PREFIXES = new NamespacePrefixMapper() {
        private final Map<String, String> prefixes = Map.of(Wps.WPS_NS, "wps", Wps.OWS_NS, "ows", Wps.XLINK_NS, "xlink",
                "http://www.w3.org/2001/XMLSchema-instance", "xsi");

        @Override
        public String getPreferredPrefix(String namespaceUri, String suggestion, boolean requirePrefix) {
            return prefixes.getOrDefault(namespaceUri, suggestion);
        }

        @Override
        public String[] getPreDeclaredNamespaceUris() {
            return new String[] {Wps.WPS_NS, Wps.OWS_NS, Wps.XLINK_NS};
        }
    };

    private static final String SCHEMA_LOCATION = Wps.WPS_NS
            + " http://schemas.opengis.net/wps/1.0.0/wpsAll.xsd";

    private Jaxb() {
    }

    /*
     * The JAXB implementation is called directly: the API's ContextFinder looks up providers
     * through the thread context class loader, which is arbitrary in OSGi.
     */
    private static JAXBContext createContext() {
        try {
            return com.sun.xml.bind.v2.ContextFactory.createContext(new Class<?>[] {
                    org.jwps.runtime.internal.xml.wps.ObjectFactory.class,
                    org.jwps.runtime.internal.xml.ows.ObjectFactory.class}, Map.of());
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot create the WPS JAXB context", e);
        }
    }

    private static void marshal(Object document, OutputStream out) {
        try {
            Marshaller marshaller = CONTEXT.createMarshaller();
            marshaller.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
            marshaller.setProperty(Marshaller.JAXB_SCHEMA_LOCATION, SCHEMA_LOCATION);
            marshaller.setProperty("com.sun.xml.bind.namespacePrefixMapper", PREFIXES);
            marshaller.marshal(document, out);
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot write a WPS response", e);
        }
    }

    /**
     * @param document a root element object of the bindings (or a JAXBElement)
     * @return the UTF-8 XML
     * @throws IllegalStateException if the object cannot be marshalled (a bug, not a client error)
     */
    public static byte[] toBytes(Object document) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(4096);
        marshal(document, out);
        return out.toByteArray();
    }
}
