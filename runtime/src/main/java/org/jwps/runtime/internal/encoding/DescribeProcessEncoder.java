package org.jwps.runtime.internal.encoding;

import java.math.BigInteger;
import java.util.List;

import org.jwps.api.AllowedValues;
import org.jwps.api.BoundingBoxInput;
import org.jwps.api.BoundingBoxOutput;
import org.jwps.api.ComplexInput;
import org.jwps.api.ComplexOutput;
import org.jwps.api.Format;
import org.jwps.api.InputDescription;
import org.jwps.api.LiteralInput;
import org.jwps.api.LiteralOutput;
import org.jwps.api.LiteralType;
import org.jwps.api.OutputDescription;
import org.jwps.api.ProcessDescription;
import org.jwps.api.Range;
import org.jwps.runtime.internal.protocol.Wps;
import org.jwps.runtime.internal.xml.ows.AnyValue;
import org.jwps.runtime.internal.xml.ows.DomainMetadataType;
import org.jwps.runtime.internal.xml.ows.RangeType;
import org.jwps.runtime.internal.xml.ows.ValueType;
import org.jwps.runtime.internal.xml.wps.CRSsType;
import org.jwps.runtime.internal.xml.wps.ComplexDataCombinationType;
import org.jwps.runtime.internal.xml.wps.ComplexDataCombinationsType;
import org.jwps.runtime.internal.xml.wps.ComplexDataDescriptionType;
import org.jwps.runtime.internal.xml.wps.InputDescriptionType;
import org.jwps.runtime.internal.xml.wps.LiteralInputType;
import org.jwps.runtime.internal.xml.wps.LiteralOutputType;
import org.jwps.runtime.internal.xml.wps.OutputDescriptionType;
import org.jwps.runtime.internal.xml.wps.ProcessDescriptionType;
import org.jwps.runtime.internal.xml.wps.ProcessDescriptions;
import org.jwps.runtime.internal.xml.wps.SupportedCRSsType;
import org.jwps.runtime.internal.xml.wps.SupportedComplexDataInputType;
import org.jwps.runtime.internal.xml.wps.SupportedComplexDataType;
import org.jwps.runtime.internal.xml.wps.SupportedUOMsType;
import org.jwps.runtime.internal.xml.wps.UOMsType;

/** Writes the DescribeProcess response. */
public final class DescribeProcessEncoder {
    private DescribeProcessEncoder() {
    }

    /**
     * @param descriptions the processes to describe, in response order
     * @param language     the response language
     * @return the UTF-8 XML of the {@code ProcessDescriptions} document
     */
    public static byte[] encode(List<ProcessDescription> descriptions, String language) {
        ProcessDescriptions document = new ProcessDescriptions();
        document.setService(Wps.SERVICE);
        document.setVersion(Wps.VERSION);
        document.setLang(language);
        descriptions.forEach(d -> document.getProcessDescription().add(process(d)));
        return Jaxb.toBytes(document);
    }

    private static ProcessDescriptionType process(ProcessDescription description) {
        ProcessDescriptionType process = new ProcessDescriptionType();
        Ows.describe(process, description);
        process.setProcessVersion(description.version());
        process.getProfile().addAll(description.profiles());
        process.setStoreSupported(description.storeSupported());
        process.setStatusSupported(description.statusSupported());
        if (!description.inputs().isEmpty()) {
            ProcessDescriptionType.DataInputs inputs = new ProcessDescriptionType.DataInputs();
            description.inputs().forEach(i -> inputs.getInput().add(input(i)));
            process.setDataInputs(inputs);
        }
        ProcessDescriptionType.ProcessOutputs outputs = new ProcessDescriptionType.ProcessOutputs();
        description.outputs().forEach(o -> outputs.getOutput().add(output(o)));
        process.setProcessOutputs(outputs);
        return process;
    }

    private static InputDescriptionType input(InputDescription input) {
        InputDescriptionType type = new InputDescriptionType();
        Ows.describe(type, input);
        type.setMinOccurs(BigInteger.valueOf(input.minOccurs()));
        type.setMaxOccurs(BigInteger.valueOf(input.maxOccurs()));
        if (input instanceof LiteralInput literal) {
            LiteralInputType data = new LiteralInputType();
            data.setDataType(dataType(literal.type()));
            data.setUOMs(uoms(literal.uoms()));
            allowedValues(data, literal.allowedValues());
            data.setDefaultValue(literal.defaultValue());
            type.setLiteralData(data);
        } else if (input instanceof ComplexInput complex) {
            SupportedComplexDataInputType data = new SupportedComplexDataInputType();
            formats(data, complex.formats());
            if (complex.maximumMegabytes() != null) {
                data.setMaximumMegabytes(BigInteger.valueOf(complex.maximumMegabytes()));
            }
            type.setComplexData(data);
        } else {
            type.setBoundingBoxData(crss(((BoundingBoxInput) input).crss()));
        }
        return type;
    }

    private static OutputDescriptionType output(OutputDescription output) {
        OutputDescriptionType type = new OutputDescriptionType();
        Ows.describe(type, output);
        if (output instanceof LiteralOutput literal) {
            LiteralOutputType data = new LiteralOutputType();
            data.setDataType(dataType(literal.type()));
            data.setUOMs(uoms(literal.uoms()));
            type.setLiteralOutput(data);
        } else if (output instanceof ComplexOutput complex) {
            SupportedComplexDataType data = new SupportedComplexDataType();
            formats(data, complex.formats());
            type.setComplexOutput(data);
        } else {
            type.setBoundingBoxOutput(crss(((BoundingBoxOutput) output).crss()));
        }
        return type;
    }

    /**
     * @param type a literal type
     * @return its {@code ows:DataType} element value
     */
    static DomainMetadataType dataType(LiteralType type) {
        DomainMetadataType dataType = new DomainMetadataType();
        dataType.setValue(type.xsdName());
        dataType.setReference(type.reference());
        return dataType;
    }

    private static SupportedUOMsType uoms(List<String> uoms) {
        if (uoms.isEmpty()) {
            return null;
        }
        SupportedUOMsType type = new SupportedUOMsType();
        SupportedUOMsType.Default defaultUom = new SupportedUOMsType.Default();
        defaultUom.setUOM(uom(uoms.get(0)));
        type.setDefault(defaultUom);
        UOMsType supported = new UOMsType();
        uoms.forEach(u -> supported.getUOM().add(uom(u)));
        type.setSupported(supported);
        return type;
    }

    private static DomainMetadataType uom(String name) {
        DomainMetadataType uom = new DomainMetadataType();
        uom.setValue(name);
        return uom;
    }

    private static void allowedValues(LiteralInputType data, AllowedValues allowed) {
        if (allowed.isAny()) {
            data.setAnyValue(new AnyValue());
            return;
        }
        org.jwps.runtime.internal.xml.ows.AllowedValues values = new org.jwps.runtime.internal.xml.ows.AllowedValues();
        for (String value : allowed.values()) {
            values.getValueOrRange().add(value(value));
        }
        for (Range range : allowed.ranges()) {
            RangeType type = new RangeType();
            if (range.minimum() != null) {
                type.setMinimumValue(value(Range.format(range.minimum())));
            }
            if (range.maximum() != null) {
                type.setMaximumValue(value(Range.format(range.maximum())));
            }
            if (range.spacing() != null) {
                type.setSpacing(value(Range.format(range.spacing())));
            }
            type.getRangeClosure().add(range.closure().owsName());
            values.getValueOrRange().add(type);
        }
        data.setAllowedValues(values);
    }

    private static ValueType value(String text) {
        ValueType value = new ValueType();
        value.setValue(text);
        return value;
    }

    private static void formats(SupportedComplexDataType data, List<Format> formats) {
        ComplexDataCombinationType defaultFormat = new ComplexDataCombinationType();
        defaultFormat.setFormat(format(formats.get(0)));
        data.setDefault(defaultFormat);
        ComplexDataCombinationsType supported = new ComplexDataCombinationsType();
        formats.forEach(f -> supported.getFormat().add(format(f)));
        data.setSupported(supported);
    }

    private static ComplexDataDescriptionType format(Format format) {
        ComplexDataDescriptionType type = new ComplexDataDescriptionType();
        type.setMimeType(format.mimeType());
        type.setEncoding(format.encoding());
        type.setSchema(format.schema());
        return type;
    }

    private static SupportedCRSsType crss(List<String> crss) {
        SupportedCRSsType type = new SupportedCRSsType();
        SupportedCRSsType.Default defaultCrs = new SupportedCRSsType.Default();
        defaultCrs.setCRS(crss.get(0));
        type.setDefault(defaultCrs);
        CRSsType supported = new CRSsType();
        supported.getCRS().addAll(crss);
        type.setSupported(supported);
        return type;
    }
}
