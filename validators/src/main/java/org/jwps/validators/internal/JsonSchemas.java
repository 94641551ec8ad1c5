package org.jwps.validators.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Collectors;

import org.jwps.api.ValidationException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * JSON parsing and JSON Schema validation (networknt json-schema-validator, draft 7) against the
 * bundled GeoJSON schema. Schema validation needs the document as a tree, so it is refused above
 * {@code jwps.json.maxSchemaBytes} (64 MiB by default); STRICT has already streamed it by then.
 */
final class JsonSchemas {
    static final long MAX_TREE_BYTES = Long.getLong("jwps.json.maxSchemaBytes", 64L << 20);
    static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(256).build())
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);
    private static volatile Schema geojson;

    private JsonSchemas() {
    }

    /** STRICT for JSON: the whole document parses, with no duplicate keys and nothing after it. */
    static void wellFormed(InputStream in, String what) throws ValidationException, IOException {
        try (in; JsonParser p = FACTORY.createParser(in)) {
            if (p.nextToken() == null) {
                throw new ValidationException(what + ": empty document");
            }
            p.skipChildren();
            if (p.nextToken() != null) {
                throw new ValidationException(what + ": more than one JSON value at line " + p.currentLocation().getLineNr());
            }
        } catch (JsonProcessingException e) {
            throw new ValidationException(what + ": not valid JSON at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage(), e);
        }
    }

    static Schema geojson() {
        Schema s = geojson;
        if (s == null) {
            try (InputStream in = JsonSchemas.class.getResourceAsStream("/schemas/geojson/geojson.schema.json")) {
                s = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
            } catch (IOException e) {
                throw new IllegalStateException("the bundled GeoJSON schema cannot be read", e);
            }
            geojson = s;
        }
        return s;
    }

    /** VERYSTRICT: the document is valid against the schema; the first errors are reported. */
    static void validate(Schema schema, long size, InputStream in, String what) throws ValidationException, IOException {
        if (size > MAX_TREE_BYTES) {
            in.close();
            throw new ValidationException(what + ": " + size + " bytes, more than the " + MAX_TREE_BYTES
                    + " this server validates against a JSON schema");
        }
        JsonNode tree;
        try (in) {
            tree = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            throw new ValidationException(what + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
        List<Error> errors = schema.validate(tree);
        if (!errors.isEmpty()) {
            throw new ValidationException(what + ": not valid against the GeoJSON schema: "
                    + errors.stream().limit(3).map(Error::toString).collect(Collectors.joining("; ")));
        }
    }
}
