package org.jwps.samples.internal;

import org.jwps.api.BoundingBox;
import org.jwps.api.BoundingBoxInput;
import org.jwps.api.BoundingBoxOutput;
import org.jwps.api.Process;
import org.jwps.api.ProcessDescription;
import org.jwps.api.ProcessRequest;
import org.jwps.api.ProcessResponse;
import org.jwps.api.exception.InvalidParameterValueException;
import org.osgi.service.component.annotations.Component;

/**
 * Returns the bounding box it is given, in EPSG:4326: unchanged when it is in EPSG:4326 already,
 * else (EPSG:3035, LAEA Europe) the longitude/latitude box enclosing it. Coordinates are in
 * x/y order, as everywhere in JWPS for CRSs named {@code EPSG:n}: easting, northing for
 * EPSG:3035 and longitude, latitude for EPSG:4326.
 */
@Component(service = Process.class)
public class BoundingBoxInOut implements Process {
    static final String EPSG_4326 = "EPSG:4326";
    static final String EPSG_3035 = "EPSG:3035";

    private static final ProcessDescription DESCRIPTION = ProcessDescription.builder("boundingbox")
            .title("Bounding box in- and out")
            .abstractText("Returns the bounding box it is given, in EPSG:4326; a box in EPSG:3035 (LAEA Europe) "
                    + "comes back as the longitude/latitude box enclosing it")
            .keywords("bounding box", "CRS")
            .version("0.1")
            .input(BoundingBoxInput.builder("bboxin", EPSG_4326, EPSG_3035)
                    .title("Bounding box")
                    .abstractText("A two-dimensional box: longitude, latitude in EPSG:4326 (default), or easting, "
                            + "northing in metres in EPSG:3035")
                    .build())
            .output(BoundingBoxOutput.builder("bboxout", EPSG_4326)
                    .title("Bounding box in EPSG:4326")
                    .abstractText("The box in longitude, latitude (ETRS89 taken as WGS 84, as EPSG does to "
                            + "within a metre); every longitude when the box holds a pole or crosses the "
                            + "antimeridian")
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
        BoundingBox box = request.input("bboxin").asBoundingBox();
        response.output("bboxout").setData(EPSG_3035.equals(box.crs()) ? fromLaea(box)
                : new BoundingBox(EPSG_4326, box.lowerCorner(), box.upperCorner()));
    }

    private static BoundingBox fromLaea(BoundingBox box) {
        double[] extent;
        try {
            extent = GeographicExtent.of(box.lowerCorner(), box.upperCorner());
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterValueException("Input bboxin: " + e.getMessage(), "bboxin", e);
        }
        return new BoundingBox(EPSG_4326, new double[] {extent[0], extent[1]}, new double[] {extent[2], extent[3]});
    }
}
