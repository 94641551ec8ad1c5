package org.jwps.runtime.internal.execute;

import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;

import org.jwps.api.BoundingBox;

/** A bounding box input value. */
final class BoundingBoxInputData extends AbstractInputData {
    private final BoundingBox box;

    BoundingBoxInputData(String identifier, BoundingBox box, WorkDirectory workDirectory) {
        super(identifier, workDirectory);
        this.box = box;
    }

    @Override
    public Object data() {
        return box;
    }

    /** @return the box in KVP form: the corners' coordinates, then the CRS */
    @Override
    public String asString() {
        String coordinates = DoubleStream.concat(Arrays.stream(box.lowerCorner()), Arrays.stream(box.upperCorner()))
                .mapToObj(Double::toString).collect(Collectors.joining(","));
        return box.crs() == null ? coordinates : coordinates + "," + box.crs();
    }
}
