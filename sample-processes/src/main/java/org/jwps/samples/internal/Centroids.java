package org.jwps.samples.internal;

import java.util.ArrayList;
import java.util.List;

import org.jwps.api.ComplexInput;
import org.jwps.api.ComplexOutput;
import org.jwps.api.Process;
import org.jwps.api.ProcessDescription;
import org.jwps.api.ProcessRequest;
import org.jwps.api.ProcessResponse;
import org.jwps.io.Feature;
import org.jwps.io.FeatureCollection;
import org.osgi.service.component.annotations.Component;

/**
 * Replaces every feature's geometry by its centroid (JTS: the centre of mass of the geometry's
 * highest-dimension parts), keeping identifiers, attributes and the layer's CRS, and writes the
 * result as GeoJSON. Features without a geometry pass unchanged; an empty geometry gives an
 * empty point.
 */
@Component(service = Process.class)
public class Centroids implements Process {
    private static final ProcessDescription DESCRIPTION = ProcessDescription.builder("centroids")
            .title("Process Centroids")
            .abstractText("Replaces the geometry of each feature of a vector layer by its centroid, keeping its "
                    + "attributes, and returns the points as GeoJSON")
            .keywords("centroid", "vector", "geometry")
            .version("1.0")
            .input(ComplexInput.builder("layer", Layers.GML_OR_GEOJSON)
                    .title("Layer")
                    .abstractText("The features, as a GML feature collection (default) or GeoJSON")
                    .build())
            .output(ComplexOutput.builder("out", Layers.GEOJSON_OUT)
                    .title("Centroids")
                    .abstractText("The input features with their centroids as geometry, as GeoJSON in the layer's "
                            + "CRS (a legacy crs member names it when it is not WGS 84)")
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
        List<Feature> centroids = new ArrayList<>();
        String crs = Layers.forEach(request.input("layer"), (index, feature) -> centroids.add(
                feature.geometry() == null ? feature : feature.withGeometry(feature.geometry().getCentroid())));
        Layers.write(request, response.output("out"), new FeatureCollection(crs, centroids));
    }
}
