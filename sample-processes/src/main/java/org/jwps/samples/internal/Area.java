package org.jwps.samples.internal;

import java.util.StringJoiner;

import org.jwps.api.ComplexInput;
import org.jwps.api.LiteralOutput;
import org.jwps.api.LiteralType;
import org.jwps.api.Process;
import org.jwps.api.ProcessDescription;
import org.jwps.api.ProcessRequest;
import org.jwps.api.ProcessResponse;
import org.jwps.io.Feature;
import org.osgi.service.component.annotations.Component;

/**
 * Computes the planar area of every feature, in the square units of the layer's CRS, and
 * returns them as a JSON array in document order, e.g. {@code [1.0, 4.0]}. Streams the layer,
 * keeping only the numbers.
 */
@Component(service = Process.class)
public class Area implements Process {
    private static final ProcessDescription DESCRIPTION = ProcessDescription.builder("area")
            .title("Area")
            .abstractText("Computes the planar area of each feature of a vector layer, in the square units of "
                    + "its CRS (no geodesic correction: use a projected, equal-area CRS for square metres)")
            .keywords("area", "vector", "geometry")
            .version("1.0")
            .input(ComplexInput.builder("layer", Layers.GML_OR_GEOJSON)
                    .title("Layer")
                    .abstractText("The features to measure, as a GML feature collection (default) or GeoJSON")
                    .build())
            .output(LiteralOutput.builder("area", LiteralType.STRING)
                    .title("Area")
                    .abstractText("A JSON array of each feature's area in document order, e.g. [1.0, 4.0]; points "
                            + "and lines have area 0.0, a feature without geometry has null")
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
        StringJoiner areas = new StringJoiner(", ", "[", "]");
        Layers.forEach(request.input("layer"), (index, feature) -> areas.add(json(area(feature))));
        response.output("area").setData(areas.toString());
    }

    /** @return the area, or {@code null} when the feature has no geometry */
    private static Double area(Feature feature) {
        return feature.geometry() == null ? null : feature.geometry().getArea();
    }

    /** JSON has no NaN or Infinity (coordinates near Double.MAX_VALUE overflow): those become null. */
    static String json(Double value) {
        return value == null || !Double.isFinite(value) ? "null" : Double.toString(value);
    }
}
