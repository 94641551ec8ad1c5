package org.jwps.validators.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jwps.api.InputData;
import org.jwps.api.ValidationException;
import org.jwps.api.Validator;
import org.osgi.service.component.annotations.Component;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * XML documents: plain XML, GPX, Metalink 3 and 4, and the WCS/WFS/WMS documents (all versions,
 * by base mime type). SIMPLE: starts like XML, in the format's namespace for GPX and Metalink.
 * STRICT: well-formed, without DTD. VERYSTRICT: valid against the schemas the format or the
 * document's {@code xsi:schemaLocation} names, when bundled here; a named schema that is not
 * bundled fails (the server validates offline); a document that names none has nothing more to check.
 */
@Component(service = Validator.class, property = {Validator.MIME_TYPES + "=text/xml", Validator.MIME_TYPES + "=application/xml",
    Validator.MIME_TYPES + "=application/gpx+xml", Validator.MIME_TYPES + "=application/metalink+xml",
    Validator.MIME_TYPES + "=application/xogc-wcs", Validator.MIME_TYPES + "=application/x-ogc-wcs",
    Validator.MIME_TYPES + "=application/x-ogc-wfs", Validator.MIME_TYPES + "=application/x-ogc-wms"})
public class XmlValidator extends AbstractValidator {

    @Override
    void simple(InputData data) throws ValidationException, IOException {
        String m = data.format() == null ? "" : data.format().mimeType().toLowerCase(Locale.ROOT).replace(" ", "");
        String ns = m.startsWith("application/gpx+xml") ? "http://www.topografix.com/GPX/1/"
                : m.startsWith("application/metalink+xml;version=4") ? "urn:ietf:params:xml:ns:metalink"
                : m.startsWith("application/metalink+xml") ? "http://www.metalinker.org/" : null;
        XmlSupport.looksLikeXml(data, "XML", ns);
    }

    @Override
    void strict(InputData data) throws ValidationException, IOException {
        XmlSupport.wellFormed(data.stream(), "XML");
    }

    @Override
    void veryStrict(InputData data) throws ValidationException, IOException {
        List<String> locations = new ArrayList<>();
        if (data.format() != null && data.format().schema() != null && !data.format().schema().isBlank()) {
            locations.add(data.format().schema().trim());
        }
        SecureXml.parse(data.stream(), new DefaultHandler() {
            @Override
            public void startElement(String uri, String local, String qName, Attributes atts) throws SecureXml.Stop {
                String pairs = atts.getValue("http://www.w3.org/2001/XMLSchema-instance", "schemaLocation");
                if (pairs != null) {
                    String[] tokens = pairs.trim().split("\\s+");
                    for (int i = 1; i < tokens.length; i += 2) {
                        locations.add(tokens[i]);
                    }
                }
                String plain = atts.getValue("http://www.w3.org/2001/XMLSchema-instance", "noNamespaceSchemaLocation");
                if (plain != null) {
                    locations.add(plain.trim());
                }
                throw new SecureXml.Stop();
            }
        }, "XML", "not well-formed XML");
        if (locations.isEmpty()) {
            return;
        }
        for (String l : locations) {
            if (OfflineSchemas.bundled(l) == null) {
                throw invalid("XML: the schema " + l + " is not available offline, so the document cannot be validated against it");
            }
        }
        XmlSupport.validate(data.stream(), locations.stream().distinct().toList(), "XML");
    }
}
