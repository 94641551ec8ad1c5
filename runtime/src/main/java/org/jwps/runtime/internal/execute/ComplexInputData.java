package org.jwps.runtime.internal.execute;

import java.io.IOException;
import java.nio.charset.Charset;
import java.util.Base64;

import org.jwps.api.Format;
import org.jwps.api.exception.InvalidParameterValueException;

/** Complex data given inline: XML markup, text or base64. */
final class ComplexInputData extends AbstractInputData {
    private final Format format;
    private final String content;
    private final boolean base64;

    ComplexInputData(String identifier, Format format, String content, boolean base64, WorkDirectory workDirectory) {
        super(identifier, workDirectory);
        this.format = format;
        this.content = content;
        this.base64 = base64;
        if (base64) {
            decoded();
        }
    }

    private byte[] decoded() {
        try {
            return Base64.getMimeDecoder().decode(content.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterValueException("Input " + identifier() + " is declared base64 but is not: "
                    + e.getMessage(), identifier());
        }
    }

    @Override
    public Object data() {
        return asString();
    }

    @Override
    public String asString() {
        return base64 ? new String(decoded(), charset()) : content;
    }

    @Override
    public byte[] bytes() throws IOException {
        return base64 ? decoded() : content.getBytes(charset());
    }

    @Override
    public String base64() throws IOException {
        return base64 ? content.strip() : super.base64();
    }

    private Charset charset() {
        return charset(format);
    }

    @Override
    public Format format() {
        return format;
    }
}
