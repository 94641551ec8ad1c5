package org.jwps.io.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CRS names as data spells them. Without an EPSG database, the axis order is known for the
 * common geographic CRSs only: those are latitude first when named in the URN/URL forms
 * (OGC's rule since WFS 1.1 / GML 3.1), and longitude first as {@code EPSG:n}.
 */
public final class Crs {
    /** EPSG geographic 2D/3D CRSs whose EPSG axis order is latitude, longitude. */
    private static final Set<Integer> LAT_LON = Set.of(4326, 4258, 4269, 4267, 4283, 4617, 4674, 4612,
            4230, 4171, 4019, 4030, 4148, 4167, 4979, 4937, 4952);
    private static final Pattern EPSG = Pattern.compile(
            "(?:^epsg:|^urn:(?:x-)?ogc:def:crs:epsg:[^:]*:|/def/crs/epsg/[^/]*/|epsg\\.xml#)(\\d+)$");

    private Crs() {
    }

    /** @param srsName a CRS name, or {@code null} @return {@code EPSG:n} for EPSG names and CRS84, else the name */
    public static String normalize(String srsName) {
        if (srsName == null || srsName.isBlank()) {
            return null;
        }
        String s = srsName.trim().toLowerCase(Locale.ROOT);
        if (s.endsWith(":crs84") || s.endsWith("/crs84") || s.equals("crs:84")) {
            return "EPSG:4326";
        }
        Matcher m = EPSG.matcher(s);
        return m.find() ? "EPSG:" + m.group(1) : srsName.trim();
    }

    /** @param srsName a CRS name as written in the data @return true if its coordinates are latitude first */
    public static boolean latitudeFirst(String srsName) {
        if (srsName == null) {
            return false;
        }
        String s = srsName.trim().toLowerCase(Locale.ROOT);
        if (!(s.startsWith("urn:") || s.contains("/def/crs/"))) {
            return false;
        }
        Integer code = code(normalize(srsName));
        return code != null && LAT_LON.contains(code);
    }

    /** @param normalized a normalized name @return its EPSG code, or {@code null} */
    public static Integer code(String normalized) {
        if (normalized != null && normalized.startsWith("EPSG:")) {
            try {
                return Integer.valueOf(normalized.substring(5));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** @param normalized a normalized name @return true if the code is one of the lat/lon geographic CRSs */
    public static boolean isGeographic(String normalized) {
        Integer code = code(normalized);
        return code != null && LAT_LON.contains(code);
    }
}
