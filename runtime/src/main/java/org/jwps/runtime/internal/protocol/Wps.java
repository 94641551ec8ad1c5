package org.jwps.runtime.internal.protocol;

import java.util.List;

import org.jwps.api.exception.InvalidParameterValueException;
import org.jwps.api.exception.MissingParameterValueException;
import org.jwps.api.exception.OperationNotSupportedException;
import org.jwps.api.exception.VersionNegotiationFailedException;

/** The constants of WPS 1.0.0 and the checks every request passes, from KVP or XML alike. */
public final class Wps {
    public static final String SERVICE = "WPS";
    public static final String VERSION = "1.0.0";
    public static final String WPS_NS = "http://www.opengis.net/wps/1.0.0";
    public static final String OWS_NS = "http://www.opengis.net/ows/1.1";
    public static final String XLINK_NS = "http://www.w3.org/1999/xlink";

    public static final String GET_CAPABILITIES = "GetCapabilities";
    public static final String DESCRIBE_PROCESS = "DescribeProcess";
    public static final String EXECUTE = "Execute";

    private Wps() {
    }

    /**
     * @param service the {@code service} parameter
     * @throws MissingParameterValueException if absent
     * @throws InvalidParameterValueException if not WPS
     */
    public static void checkService(String service) {
        if (service == null || service.isBlank()) {
            throw new MissingParameterValueException("The service parameter is missing; it must be WPS", "service");
        }
        if (!SERVICE.equalsIgnoreCase(service.strip())) {
            throw new InvalidParameterValueException("The service '" + service + "' is not offered here; use WPS",
                    "service");
        }
    }

    /**
     * @param request the {@code request} parameter
     * @return the canonical operation name
     * @throws MissingParameterValueException if absent
     * @throws OperationNotSupportedException if unknown
     */
    public static String checkOperation(String request) {
        if (request == null || request.isBlank()) {
            throw new MissingParameterValueException("The request parameter is missing; it must be one of "
                    + GET_CAPABILITIES + ", " + DESCRIBE_PROCESS + " or " + EXECUTE, "request");
        }
        for (String operation : List.of(GET_CAPABILITIES, DESCRIBE_PROCESS, EXECUTE)) {
            if (operation.equalsIgnoreCase(request.strip())) {
                return operation;
            }
        }
        throw new OperationNotSupportedException("The operation '" + request + "' is not supported; use "
                + GET_CAPABILITIES + ", " + DESCRIBE_PROCESS + " or " + EXECUTE, request);
    }

    /**
     * @param version the {@code version} parameter of DescribeProcess or Execute
     * @throws MissingParameterValueException if absent
     * @throws InvalidParameterValueException if not 1.0.0
     */
    public static void checkVersion(String version) {
        if (version == null || version.isBlank()) {
            throw new MissingParameterValueException("The version parameter is missing; this server speaks WPS "
                    + VERSION, "version");
        }
        if (!VERSION.equals(version.strip())) {
            throw new InvalidParameterValueException("The version '" + version + "' is not supported; this server "
                    + "speaks WPS " + VERSION, "version");
        }
    }

    /**
     * @param acceptVersions the versions a GetCapabilities client accepts; empty for any
     * @throws VersionNegotiationFailedException if none is supported
     */
    public static void checkAcceptVersions(List<String> acceptVersions) {
        if (!acceptVersions.isEmpty() && acceptVersions.stream().map(String::strip).noneMatch(VERSION::equals)) {
            throw new VersionNegotiationFailedException("None of the accepted versions " + acceptVersions
                    + " is supported; this server speaks WPS " + VERSION, "AcceptVersions");
        }
    }
}
