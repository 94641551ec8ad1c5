package org.jwps.api;

import java.util.List;

/** Checks shared by bounding box inputs and outputs. */
final class BoundingBoxes {
    private BoundingBoxes() {
    }

    static List<String> checkCrss(String identifier, List<String> crss) {
        if (crss.isEmpty()) {
            throw new IllegalArgumentException("'" + identifier + "' needs at least one CRS");
        }
        return List.copyOf(crss);
    }

    static int checkDimensions(String identifier, int dimensions) {
        if (dimensions != 2 && dimensions != 3) {
            throw new IllegalArgumentException("'" + identifier + "': a bounding box has 2 or 3 dimensions, not " + dimensions);
        }
        return dimensions;
    }
}
