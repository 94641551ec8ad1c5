package org.jwps.samples.internal;

import org.jwps.api.ComplexInput;
import org.jwps.api.Formats;
import org.jwps.api.LiteralOutput;
import org.jwps.api.LiteralType;
import org.jwps.api.Process;
import org.jwps.api.ProcessDescription;
import org.jwps.api.ProcessRequest;
import org.jwps.api.ProcessResponse;
import org.osgi.service.component.annotations.Component;

/** Counts the features of a vector layer, streaming it: nothing but the count is kept. */
@Component(service = Process.class)
public class FeatureCount implements Process {
    private static final ProcessDescription DESCRIPTION = ProcessDescription.builder("feature_count")
            .title("Feature count")
            .abstractText("Counts the features of a vector layer given as GML, GeoJSON, a zipped Shapefile or KML")
            .keywords("count", "vector")
            .version("1.0")
            .input(ComplexInput.builder("layer", Formats.GML, Formats.GEOJSON, Formats.GEOJSON_LEGACY, Formats.JSON,
                            Formats.SHP, Formats.KML)
                    .title("Layer")
                    .abstractText("The features to count: a GML feature collection (default), GeoJSON, a zipped "
                            + "Shapefile (.shp, .shx and .dbf in one zip, base64 when inline) or KML placemarks")
                    .build())
            .output(LiteralOutput.builder("count", LiteralType.INTEGER)
                    .title("Count")
                    .abstractText("The number of features in the layer")
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
        response.output("count").setData(Layers.count(request.input("layer")));
    }
}
