package org.jwps.validators.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.jwps.api.InputData;
import org.jwps.api.ValidationException;
import org.jwps.api.Validator;
import org.osgi.service.component.annotations.Component;

/**
 * Plain text. SIMPLE: the first 64 KiB decode in the format's encoding (UTF-8 by default) and hold
 * no NUL byte. STRICT and VERYSTRICT: the same, for the whole content.
 */
@Component(service = Validator.class, property = Validator.MIME_TYPES + "=text/plain")
public class TextValidator extends AbstractValidator {

    @Override
    void simple(InputData data) throws ValidationException, IOException {
        text(data, 64 * 1024, "text");
    }

    @Override
    void strict(InputData data) throws ValidationException, IOException {
        text(data, Long.MAX_VALUE, "text");
    }

    /** Decodes up to {@code limit} bytes, failing on bad encoding or NUL; returns nothing, holds one buffer. */
    static void text(InputData data, long limit, String what) throws ValidationException, IOException {
        Charset cs = StandardCharsets.UTF_8;
        String enc = data.format() == null ? null : data.format().encoding();
        if (enc != null && !enc.isBlank() && !enc.equalsIgnoreCase("base64")) {
            try {
                cs = Charset.forName(enc);
            } catch (IllegalArgumentException e) {
                throw invalid(what + ": unknown encoding " + enc);
            }
        }
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        byte[] buf = new byte[65536];
        ByteBuffer in = ByteBuffer.allocate(buf.length + 16);
        CharBuffer out = CharBuffer.allocate(buf.length + 16);
        long offset = 0;
        try (InputStream s = data.stream()) {
            int n;
            while (offset < limit && (n = s.read(buf, 0, (int) Math.min(buf.length, limit - offset))) > 0) {
                for (int i = 0; i < n; i++) {
                    if (buf[i] == 0) {
                        throw invalid(what + ": a NUL byte at byte " + (offset + i) + ": binary data, not text");
                    }
                }
                in.put(buf, 0, n).flip();
                decode(dec, in, out, false, what, offset);
                in.compact();
                out.clear();
                offset += n;
            }
            in.flip();
            decode(dec, in, out, offset < limit, what, offset);
        }
    }

    private static void decode(CharsetDecoder dec, ByteBuffer in, CharBuffer out, boolean end, String what, long offset)
            throws ValidationException {
        try {
            dec.decode(in, out, end).throwException();
        } catch (java.nio.BufferUnderflowException | java.nio.BufferOverflowException e) {
            // underflow: the rest of a character comes with the next read
        } catch (CharacterCodingException e) {
            throw invalid(what + ": not valid " + dec.charset().name() + " near byte " + offset);
        }
    }
}
