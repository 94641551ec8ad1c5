package org.jwps.samples.internal;

import java.util.ArrayList;
import java.util.List;

import org.jwps.api.AllowedValues;
import org.jwps.api.ComplexInput;
import org.jwps.api.ComplexOutput;
import org.jwps.api.Formats;
import org.jwps.api.InputData;
import org.jwps.api.LiteralInput;
import org.jwps.api.LiteralType;
import org.jwps.api.Process;
import org.jwps.api.ProcessDescription;
import org.jwps.api.ProcessRequest;
import org.jwps.api.ProcessResponse;
import org.jwps.api.Range;
import org.jwps.api.ValidationMode;
import org.jwps.api.exception.ProcessException;
import org.jwps.io.Feature;
import org.jwps.io.FeatureCollection;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.TopologyException;
import org.osgi.service.component.annotations.Component;

/**
 * Buffers every feature's geometry by a distance in the layer's CRS units, keeping identifiers
 * and attributes, and reports progress once per feature. Features without a geometry pass
 * unchanged. The output holds every buffered feature in memory, as the writers take a whole
 * collection; the input is streamed.
 */
@Component(service = Process.class)
public class Buffer implements Process {
    private static final ProcessDescription DESCRIPTION = ProcessDescription.builder("buffer")
            .title("Buffer")
            .abstractText("Buffers every feature of a vector layer by the given distance, keeping its attributes; "
                    + "reports progress once per feature")
            .keywords("buffer", "vector", "geometry")
            .version("1.0")
            .input(ComplexInput.builder("poly_in", Layers.GML_OR_GEOJSON)
                    .title("Input vector layer")
                    .abstractText("The features to buffer, as a GML feature collection (default) or GeoJSON; "
                            + "checked strictly: every feature and coordinate must read")
                    .mode(ValidationMode.STRICT)
                    .build())
            .input(LiteralInput.builder("buffer", LiteralType.FLOAT)
                    .title("Buffer distance")
                    .abstractText("The distance, in the units of the layer's CRS (degrees for GeoJSON and other "
                            + "longitude/latitude data), from 0 to 1000")
                    .allowedValues(AllowedValues.of(Range.closed(0, 1000)))
                    .build())
            .output(ComplexOutput.builder("buff_out", Formats.GML, Formats.GEOJSON, Formats.GEOJSON_LEGACY)
                    .title("Buffered vector layer")
                    .abstractText("The input features with their geometries buffered, in the layer's CRS, as GML "
                            + "(default) or GeoJSON, whichever is asked for")
                    .build())
            .storeSupported(true)
            .statusSupported(true)
            .build();

    @Override
    public ProcessDescription description() {
        return DESCRIPTION;
    }

    @Override
    public void execute(ProcessRequest request, ProcessResponse response) {
        InputData layer = request.input("poly_in");
        double distance = request.input("buffer").asDouble();
        // a first, cheap pass for the total, so that each progress update can say "i of n" and a true
        // percentage; reading is much faster than buffering
        int total = Layers.count(layer);
        List<Feature> buffered = new ArrayList<>(total);
        String crs = Layers.forEach(layer, (index, feature) -> {
            response.updateStatus("Buffering feature " + (index + 1) + " of " + total,
                    (int) (index * 100L / total));
            buffered.add(feature.geometry() == null ? feature
                    : feature.withGeometry(buffer(feature.geometry(), distance, index)));
        });
        Layers.write(request, response.output("buff_out"), new FeatureCollection(crs, buffered));
    }

    private static Geometry buffer(Geometry geometry, double distance, int index) {
        try {
            return geometry.buffer(distance);
        } catch (TopologyException e) {
            // JTS gives up on some invalid geometries (self-intersections); say which feature
            throw new ProcessException("Feature " + (index + 1) + " of input poly_in cannot be buffered: "
                    + e.getMessage(), e);
        }
    }
}
