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
    /** base64 content decoded once, up front, so that a bad encoding is reported before the process runs */
    private final byte[] decoded;

    ComplexInputData(String identifier, Format format, String content, boolean base64, WorkDirectory workDirectory) {
        super(identifier, workDirectory);
        this.format = format;
        this.content = content;
        this.base64 = base64;
        this.decoded = base64 ? decode() : null;
    }

    private byte[] decode() {
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
        return base64 ? new String(decoded, charset()) : content;
    }

    @Override
    public byte[] bytes() throws IOException {
        return base64 ? decoded.clone() : content.getBytes(charset());
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
