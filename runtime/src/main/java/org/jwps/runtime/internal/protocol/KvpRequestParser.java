package org.jwps.runtime.internal.protocol;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jwps.api.exception.InvalidParameterValueException;
import org.jwps.api.exception.MissingParameterValueException;

/**
 * Parses a KVP (HTTP GET) request. Parameter names are case-insensitive; the first occurrence
 * of a repeated parameter counts. Stateless and thread-safe.
 */
public final class KvpRequestParser {
    private final int maxParamLength;

    /** @param maxParamLength the longest accepted parameter value, in characters */
    public KvpRequestParser(int maxParamLength) {
        this.maxParamLength = maxParamLength;
    }

    /**
     * @param queryString the raw query string (still URL-encoded), or {@code null}
     * @return the request
     * @throws org.jwps.api.exception.WpsException when a parameter is missing or invalid
     */
    public WpsRequest parse(String queryString) {
        Map<String, String> params = parameters(queryString);
        Wps.checkService(params.get("service"));
        String operation = Wps.checkOperation(params.get("request"));
        String language = params.get("language");
        switch (operation) {
            case Wps.GET_CAPABILITIES:
                List<String> accept = list(params.get("acceptversions"));
                Wps.checkAcceptVersions(accept);
                return new GetCapabilitiesRequest(accept, language);
            case Wps.DESCRIBE_PROCESS:
                Wps.checkVersion(params.get("version"));
                return new DescribeProcessRequest(identifiers(params), language);
            default:
                Wps.checkVersion(params.get("version"));
                List<String> ids = identifiers(params);
                if (ids.size() != 1) {
                    throw new InvalidParameterValueException("Execute runs exactly one process, not " + ids,
                            "identifier");
                }
                return new ExecuteRequest(ids.get(0), DataInputs.parse(params.get("datainputs")),
                        responseForm(params), language);
        }
    }

    private Map<String, String> parameters(String queryString) {
        Map<String, String> params = new HashMap<>();
        if (queryString == null) {
            return params;
        }
        for (String pair : queryString.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq), "parameter name");
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1), name);
            if (value.length() > maxParamLength) {
                throw new InvalidParameterValueException("The value of " + name + " is longer than the "
                        + maxParamLength + " characters allowed", name);
            }
            params.putIfAbsent(name.toLowerCase(Locale.ROOT), value);
        }
        return params;
    }

    private static String decode(String text, String locator) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterValueException("Bad URL encoding in " + locator, locator);
        }
    }

    private static List<String> identifiers(Map<String, String> params) {
        List<String> ids = list(params.get("identifier"));
        if (ids.isEmpty()) {
            throw new MissingParameterValueException("The identifier parameter is missing", "identifier");
        }
        return ids;
    }

    private static List<String> list(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static ResponseForm responseForm(Map<String, String> params) {
        String raw = params.get("rawdataoutput");
        String document = params.get("responsedocument");
        if (raw != null && document != null) {
            throw new InvalidParameterValueException("Give either ResponseDocument or RawDataOutput, not both",
                    "RawDataOutput");
        }
        if (raw != null) {
            List<OutputDefinition> outputs = outputDefinitions(raw, "RawDataOutput");
            if (outputs.size() != 1) {
                throw new InvalidParameterValueException("RawDataOutput names exactly one output", "RawDataOutput");
            }
            return new ResponseForm.Raw(outputs.get(0));
        }
        return new ResponseForm.Document(flag(params, "storeexecuteresponse"), flag(params, "lineage"),
                flag(params, "status"), document == null ? List.of() : outputDefinitions(document, "ResponseDocument"));
    }

    private static boolean flag(Map<String, String> params, String name) {
        String value = params.get(name);
        if (value == null || value.isBlank()) {
            return false;
        }
        return Flags.parse(value, name);
    }

    private static List<OutputDefinition> outputDefinitions(String value, String locator) {
        List<OutputDefinition> outputs = new ArrayList<>();
        for (String item : value.split(";")) {
            if (item.isBlank()) {
                continue;
            }
            String[] parts = item.split("@");
            Map<String, String> attrs = new LinkedHashMap<>();
            for (int i = 1; i < parts.length; i++) {
                int eq = parts[i].indexOf('=');
                if (eq < 1) {
                    throw new InvalidParameterValueException("Bad output attribute '" + parts[i] + "' in " + locator,
                            locator);
                }
                attrs.put(parts[i].substring(0, eq).toLowerCase(Locale.ROOT), DataInputs.unescape(parts[i].substring(eq + 1)));
            }
            String asReference = attrs.get("asreference");
            outputs.add(new OutputDefinition(DataInputs.unescape(parts[0].strip()),
                    asReference != null && Flags.parse(asReference, "asReference"),
                    attrs.get("mimetype"), attrs.get("encoding"), attrs.get("schema"), attrs.get("uom")));
        }
        return outputs;
    }
}
