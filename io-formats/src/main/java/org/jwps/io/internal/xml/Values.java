package org.jwps.io.internal.xml;

/** Property values from XML text: integers and decimals that print back the same become numbers. */
final class Values {
    private Values() {
    }

    static Object infer(String s) {
        if (s.isEmpty() || s.length() > 24) {
            return s;
        }
        char c = s.charAt(0);
        if (!(c == '-' || (c >= '0' && c <= '9'))) {
            return s;
        }
        try {
            long l = Long.parseLong(s);
            return Long.toString(l).equals(s) ? (Object) l : s;
        } catch (NumberFormatException e) {
            try {
                double d = Double.parseDouble(s);
                // only plain decimals, never "1e5" or "0012.5", so identifiers stay text
                return Double.isFinite(d) && s.matches("-?(0|[1-9]\\d*)\\.\\d+") ? (Object) d : s;
            } catch (NumberFormatException e2) {
                return s;
            }
        }
    }
}
