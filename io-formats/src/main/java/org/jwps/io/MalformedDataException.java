package org.jwps.io;

import java.io.IOException;

/**
 * The data is not what its format says: the message tells what is wrong and where (line and
 * column of an XML or JSON document, the feature or point number, the missing archive member),
 * in words a client can act on.
 */
public class MalformedDataException extends IOException {
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong, and where */
    public MalformedDataException(String message) {
        super(message);
    }

    /**
     * @param message what is wrong, and where
     * @param cause   the parser's exception
     */
    public MalformedDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
