package org.jwps.runtime.internal.encoding;

import java.util.Map;

import org.jwps.api.BoundingBoxInput;
import org.jwps.api.ComplexInput;
import org.jwps.api.InputDescription;
import org.jwps.api.ProcessDescription;
import org.jwps.runtime.internal.protocol.InputValue;
import org.jwps.runtime.internal.protocol.OutputDefinition;
import org.jwps.runtime.internal.xml.wps.ComplexDataType;
import org.jwps.runtime.internal.xml.wps.DataInputsType;
import org.jwps.runtime.internal.xml.wps.DataType;
import org.jwps.runtime.internal.xml.wps.DocumentOutputDefinitionType;
import org.jwps.runtime.internal.xml.wps.InputReferenceType;
import org.jwps.runtime.internal.xml.wps.InputType;
import org.jwps.runtime.internal.xml.wps.LiteralDataType;
import org.jwps.runtime.internal.xml.wps.OutputDefinitionsType;

/**
 * The lineage of an Execute response ({@code lineage="true"}): the request's inputs and output
 * definitions, echoed as the client sent them (WPS 1.0.0, 10.3.2). KVP values, whose kind only
 * the description tells, are written in the form their input takes.
 */
final class LineageEncoder {
    private LineageEncoder() {
    }

    static DataInputsType dataInputs(ProcessDescription description, Iterable<InputValue> values) {
        DataInputsType inputs = new DataInputsType();
        for (InputValue value : values) {
            InputType input = new InputType();
            input.setIdentifier(Ows.code(value.identifier()));
            InputDescription declared = description.input(value.identifier()).orElse(null);
            if (declared != null) {
                input.setTitle(Ows.text(declared.title()));
            }
            if (value.resolve() instanceof InputValue.Reference reference) {
                input.setReference(reference(reference));
            } else {
                input.setData(data(declared, value));
            }
            inputs.getInput().add(input);
        }
        return inputs;
    }

    private static InputReferenceType reference(InputValue.Reference reference) {
        InputReferenceType type = new InputReferenceType();
        type.setHref(reference.href());
        type.setMethod(reference.method());
        type.setMimeType(reference.mimeType());
        type.setEncoding(reference.encoding());
        type.setSchema(reference.schema());
        for (Map.Entry<String, String> h : reference.headers().entrySet()) {
            InputReferenceType.Header header = new InputReferenceType.Header();
            header.setKey(h.getKey());
            header.setValue(h.getValue());
            type.getHeader().add(header);
        }
        if (reference.body() != null) {
            type.setBody(reference.body());
        }
        if (reference.bodyReference() != null) {
            InputReferenceType.BodyReference body = new InputReferenceType.BodyReference();
            body.setHref(reference.bodyReference());
            type.setBodyReference(body);
        }
        return type;
    }

    private static DataType data(InputDescription declared, InputValue value) {
        DataType data = new DataType();
        if (value instanceof InputValue.Literal literal) {
            data.setLiteralData(literal(literal.value(), literal.dataType(), literal.uom()));
        } else if (value instanceof InputValue.Complex complex) {
            data.setComplexData(complex(complex.content(), complex.xml(), complex.mimeType(), complex.encoding(),
                    complex.schema(), complex.identifier()));
        } else if (value instanceof InputValue.BoundingBox box) {
            data.setBoundingBoxData(ExecuteResponseEncoder.boundingBox(new org.jwps.api.BoundingBox(
                    box.crs(), box.lowerCorner(), box.upperCorner())));
        } else {
            InputValue.Kvp kvp = (InputValue.Kvp) value;
            if (declared instanceof ComplexInput) {
                data.setComplexData(complex(kvp.text(), false, kvp.attribute("mimeType"), kvp.attribute("encoding"),
                        kvp.attribute("schema"), kvp.identifier()));
            } else if (declared instanceof BoundingBoxInput) {
                // the KVP bounding box form, as written: kept as literal text rather than re-parsed
                data.setLiteralData(literal(kvp.text(), null, null));
            } else {
                data.setLiteralData(literal(kvp.text(), null, kvp.attribute("uom")));
            }
        }
        return data;
    }

    private static LiteralDataType literal(String value, String dataType, String uom) {
        LiteralDataType literal = new LiteralDataType();
        literal.setValue(value);
        literal.setDataType(dataType);
        literal.setUom(uom);
        return literal;
    }

    private static ComplexDataType complex(String content, boolean xml, String mimeType, String encoding,
                                           String schema, String identifier) {
        ComplexDataType complex = new ComplexDataType();
        complex.setMimeType(mimeType);
        complex.setEncoding(encoding);
        complex.setSchema(schema);
        if (xml) {
            complex.getContent().add(ExecuteResponseEncoder.parse(
                    content.getBytes(java.nio.charset.StandardCharsets.UTF_8), identifier).getDocumentElement());
        } else {
            complex.getContent().add(content);
        }
        return complex;
    }

    static OutputDefinitionsType outputDefinitions(Iterable<OutputDefinition> definitions) {
        OutputDefinitionsType outputs = new OutputDefinitionsType();
        for (OutputDefinition definition : definitions) {
            DocumentOutputDefinitionType output = new DocumentOutputDefinitionType();
            output.setIdentifier(Ows.code(definition.identifier()));
            output.setAsReference(definition.asReference() ? Boolean.TRUE : null);
            output.setMimeType(definition.mimeType());
            output.setEncoding(definition.encoding());
            output.setSchema(definition.schema());
            output.setUom(definition.uom());
            outputs.getOutput().add(output);
        }
        return outputs;
    }
}
