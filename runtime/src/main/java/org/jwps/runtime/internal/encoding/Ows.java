package org.jwps.runtime.internal.encoding;

import java.util.List;

import org.jwps.api.Description;
import org.jwps.api.Metadata;
import org.jwps.runtime.internal.xml.ows.CodeType;
import org.jwps.runtime.internal.xml.ows.KeywordsType;
import org.jwps.runtime.internal.xml.ows.LanguageStringType;
import org.jwps.runtime.internal.xml.ows.MetadataType;

/** Small factories for the OWS types every document uses. */
final class Ows {
    private Ows() {
    }

    static CodeType code(String value) {
        CodeType code = new CodeType();
        code.setValue(value);
        return code;
    }

    static LanguageStringType text(String value) {
        if (value == null) {
            return null;
        }
        LanguageStringType text = new LanguageStringType();
        text.setValue(value);
        return text;
    }

    static KeywordsType keywords(List<String> words) {
        if (words.isEmpty()) {
            return null;
        }
        KeywordsType keywords = new KeywordsType();
        words.forEach(w -> keywords.getKeyword().add(text(w)));
        return keywords;
    }

    static MetadataType metadata(Metadata link) {
        MetadataType metadata = new MetadataType();
        metadata.setTitle(link.title());
        metadata.setHref(link.href());
        metadata.setRole(link.role());
        return metadata;
    }

    /** Fills identifier, title, abstract and metadata of a WPS description from an API description. */
    static void describe(org.jwps.runtime.internal.xml.wps.DescriptionType target, Description source) {
        target.setIdentifier(code(source.identifier()));
        target.setTitle(text(source.title()));
        target.setAbstract(text(source.abstractText()));
        source.metadata().forEach(m -> target.getMetadata().add(metadata(m)));
    }
}
