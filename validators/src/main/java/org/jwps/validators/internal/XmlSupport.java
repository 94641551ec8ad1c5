package org.jwps.validators.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.validation.ValidatorHandler;

import org.jwps.api.InputData;
import org.jwps.api.ValidationException;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/** Checks shared by the XML formats. */
final class XmlSupport {
    private XmlSupport() {
    }

    /** SIMPLE: the data starts like XML and, when given, mentions the namespace near its start. */
    static void looksLikeXml(InputData data, String what, String namespace) throws ValidationException, IOException {
        byte[] head = AbstractValidator.head(data, 65536);
        if (AbstractValidator.firstChar(head) != '<') {
            throw AbstractValidator.invalid(what + ": the data is not XML (it does not start with '<')");
        }
        if (namespace != null && !new String(head, StandardCharsets.UTF_8).contains(namespace)) {
            throw AbstractValidator.invalid(what + ": no " + namespace + " namespace in the document");
        }
    }

    /** STRICT for plain XML: well-formed, no DTD. */
    static void wellFormed(InputStream in, String what) throws ValidationException, IOException {
        SecureXml.parse(in, new DefaultHandler(), what, "not well-formed XML");
    }

    /** VERYSTRICT: the whole document against the bundled schemas at these locations. */
    static void validate(InputStream in, List<String> locations, String what) throws ValidationException, IOException {
        ValidatorHandler handler;
        try {
            handler = OfflineSchemas.schema(locations).newValidatorHandler();
        } catch (SAXException e) {
            in.close();
            throw new ValidationException(what + ": cannot validate: " + e.getMessage(), e);
        }
        handler.setErrorHandler(SecureXml.FAIL_FAST);
        SecureXml.parse(in, handler, what, "not valid against " + String.join(", ", locations));
    }
}
