package org.jwps.runtime.internal.protocol;

import org.jwps.api.exception.ExceptionCode;
import org.jwps.api.exception.WpsException;

/**
 * A request body that is not a well-formed, acceptable XML document: {@code NoApplicableCode},
 * answered with HTTP 400 because the fault is the client's.
 */
public class MalformedRequestException extends WpsException {
    private static final long serialVersionUID = 1L;

    public MalformedRequestException(String message, Throwable cause) {
        super(ExceptionCode.NO_APPLICABLE_CODE, message, null, cause);
    }

    @Override
    public int httpStatus() {
        return 400;
    }
}
