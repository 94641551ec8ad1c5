package org.jwps.api.exception;

/**
 * The exception codes of OWS 1.1 and WPS 1.0.0, with the HTTP status JWPS answers them with.
 *
 * <p>The statuses follow the HTTP meaning of each failure: client mistakes are 4xx, a request
 * for an operation the server lacks is 501, a full server is 503 and a failure of the server
 * or of a process is 500.
 */
public enum ExceptionCode {
    /** No other code applies: a process failed or the server hit an internal error. */
    NO_APPLICABLE_CODE("NoApplicableCode", 500),
    /** A parameter has a value the server cannot accept; the locator names the parameter. */
    INVALID_PARAMETER_VALUE("InvalidParameterValue", 400),
    /** A mandatory parameter is absent; the locator names the parameter. */
    MISSING_PARAMETER_VALUE("MissingParameterValue", 400),
    /** An input or the request exceeds a configured size limit. */
    FILE_SIZE_EXCEEDED("FileSizeExceeded", 413),
    /** None of the versions in {@code AcceptVersions} is supported. */
    VERSION_NEGOTIATION_FAILED("VersionNegotiationFailed", 400),
    /** The requested operation is not implemented; the locator names the operation. */
    OPERATION_NOT_SUPPORTED("OperationNotSupported", 501),
    /** {@code storeExecuteResponse} or {@code status} was asked of a process that does not support it. */
    STORAGE_NOT_SUPPORTED("StorageNotSupported", 400),
    /** The server lacks the storage to keep the response. */
    NOT_ENOUGH_STORAGE("NotEnoughStorage", 507),
    /** The server cannot take the request now: every slot and the queue are full. */
    SERVER_BUSY("ServerBusy", 503);

    private final String owsCode;
    private final int httpStatus;

    ExceptionCode(String owsCode, int httpStatus) {
        this.owsCode = owsCode;
        this.httpStatus = httpStatus;
    }

    /** @return the value of the {@code exceptionCode} attribute, e.g. {@code InvalidParameterValue} */
    public String owsCode() {
        return owsCode;
    }

    /** @return the HTTP status of a response carrying this exception */
    public int httpStatus() {
        return httpStatus;
    }
}
