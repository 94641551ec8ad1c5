package org.jwps.runtime.internal.docs;

/**
 * Escaping for XML, which also serves the XHTML-compatible HTML of the documentation pages.
 *
 * <p>Descriptions come from process bundles and are untrusted text: after {@link #escape} a
 * value can go into element content or a double- or single-quoted attribute and stays text.
 */
final class Xml {
    private Xml() {
    }

    /**
     * Escapes the five markup characters and replaces every character XML 1.0 cannot carry
     * (most control characters, unpaired surrogates, U+FFFE/U+FFFF) with U+FFFD, so the result is
     * always well-formed.
     *
     * @param text any text, or {@code null}
     * @return the escaped text; empty for {@code null}
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else {
                        out.append(allowed(c) ? c : '\uFFFD');
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * @param c a character that is not part of a surrogate pair
     * @return true when XML 1.0 allows it (the {@code Char} production)
     */
    static boolean allowed(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }
}
