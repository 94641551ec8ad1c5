package org.jwps.validators.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import org.jwps.api.InputData;
import org.jwps.api.ValidationException;
import org.jwps.api.Validator;
import org.osgi.service.component.annotations.Component;

/**
 * CSV (RFC 4180). SIMPLE: text, as {@link TextValidator}. STRICT and VERYSTRICT: the whole text
 * decodes, quotes are balanced, and every record has as many fields as the first.
 */
@Component(service = Validator.class, property = Validator.MIME_TYPES + "=text/csv")
public class CsvValidator extends AbstractValidator {
    /** Longest record, so one unclosed quote cannot make the parser hold the whole file. */
    static final int MAX_RECORD = 1 << 20;

    @Override
    void simple(InputData data) throws ValidationException, IOException {
        TextValidator.text(data, 64 * 1024, "CSV");
    }

    @Override
    void strict(InputData data) throws ValidationException, IOException {
        TextValidator.text(data, Long.MAX_VALUE, "CSV");
        try (BufferedReader r = new BufferedReader(new InputStreamReader(data.stream(), StandardCharsets.UTF_8))) {
            int expected = -1;
            int fields = 1;
            int line = 1;
            int recordStart = 1;
            int length = 0;
            boolean quoted = false;
            boolean empty = true;
            for (int c = r.read(); c >= 0; c = r.read()) {
                if (++length > MAX_RECORD) {
                    throw invalid("CSV: the record starting on line " + recordStart + " is longer than " + MAX_RECORD + " characters");
                }
                if (quoted) {
                    if (c == '"') {
                        r.mark(1);
                        if (r.read() != '"') {
                            quoted = false;
                            r.reset();
                        }
                    } else if (c == '\n') {
                        line++;
                    }
                } else if (c == '"') {
                    quoted = true;
                    empty = false;
                } else if (c == ',') {
                    fields++;
                    empty = false;
                } else if (c == '\n') {
                    if (!empty) {
                        expected = check(expected, fields, recordStart);
                    }
                    fields = 1;
                    line++;
                    recordStart = line;
                    length = 0;
                    empty = true;
                } else if (c != '\r') {
                    empty = false;
                }
            }
            if (quoted) {
                throw invalid("CSV: the quote opened in the record on line " + recordStart + " is never closed");
            }
            if (!empty) {
                check(expected, fields, recordStart);
            }
        }
    }

    private static int check(int expected, int fields, int line) throws ValidationException {
        if (expected >= 0 && fields != expected) {
            throw invalid("CSV: line " + line + " has " + fields + " fields, the first record has " + expected);
        }
        return expected < 0 ? fields : expected;
    }
}
