package org.jwps.api;

import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The literal data types of WPS 1.0.0 as PyWPS offers them, each with the Java type its values
 * are converted to.
 *
 * <table>
 * <caption>types and their Java values</caption>
 * <tr><th>type</th><th>Java value</th></tr>
 * <tr><td>STRING</td><td>{@link String}</td></tr>
 * <tr><td>INTEGER, POSITIVE_INTEGER, NON_NEGATIVE_INTEGER</td><td>{@link Long}</td></tr>
 * <tr><td>FLOAT, SCALE, ANGLE</td><td>{@link Double}</td></tr>
 * <tr><td>BOOLEAN</td><td>{@link Boolean}</td></tr>
 * <tr><td>ANY_URI</td><td>{@link URI}</td></tr>
 * <tr><td>DATE</td><td>{@link LocalDate}</td></tr>
 * <tr><td>TIME</td><td>{@link LocalTime}, or {@link OffsetTime} when an offset is given</td></tr>
 * <tr><td>DATE_TIME</td><td>{@link LocalDateTime}, or {@link OffsetDateTime} when an offset is given</td></tr>
 * </table>
 */
public enum LiteralType {
    STRING("string"),
    INTEGER("integer"),
    FLOAT("float"),
    BOOLEAN("boolean"),
    POSITIVE_INTEGER("positiveInteger"),
    NON_NEGATIVE_INTEGER("nonNegativeInteger"),
    ANY_URI("anyURI"),
    DATE("date"),
    TIME("time"),
    DATE_TIME("dateTime"),
    SCALE("scale"),
    ANGLE("angle");

    /** Base of the {@code ows:reference} of every data type. */
    public static final String XML_SCHEMA_2 = "http://www.w3.org/TR/xmlschema-2/#";

    private static final Pattern XSD_DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern XSD_INTEGER = Pattern.compile("[+-]?\\d+");

    private final String xsdName;

    LiteralType(String xsdName) {
        this.xsdName = xsdName;
    }

    /** @return the name used in DescribeProcess, e.g. {@code positiveInteger} */
    public String xsdName() {
        return xsdName;
    }

    /** @return the {@code ows:reference} URL of this type */
    public String reference() {
        return XML_SCHEMA_2 + xsdName;
    }

    /**
     * @param name a data type name as written in a request or description (case-insensitive)
     * @return the type, or {@code null} if there is none of that name
     */
    public static LiteralType fromXsdName(String name) {
        for (LiteralType type : values()) {
            if (type.xsdName.equalsIgnoreCase(name)) {
                return type;
            }
        }
        return null;
    }

    /**
     * Converts the text of a literal to its Java value.
     *
     * @param text the literal as written by the client
     * @return the value, of the Java type given in the class description
     * @throws IllegalArgumentException with a message for the client if the text is not of this type
     */
    public Object parse(String text) {
        String s = text.strip();
        switch (this) {
            case STRING:
                return text;
            case INTEGER:
                return parseLong(s);
            case POSITIVE_INTEGER:
                return atLeast(parseLong(s), 1);
            case NON_NEGATIVE_INTEGER:
                return atLeast(parseLong(s), 0);
            case FLOAT:
            case SCALE:
                return parseDouble(s);
            case ANGLE:
                return parseDouble(s) % 360.0;
            case BOOLEAN:
                return parseBoolean(s);
            case ANY_URI:
                try {
                    return new URI(s);
                } catch (URISyntaxException e) {
                    throw invalid(text);
                }
            case DATE:
                try {
                    return LocalDate.parse(s);
                } catch (DateTimeParseException e) {
                    throw invalid(text);
                }
            case TIME:
                try {
                    return DateTimeFormatter.ISO_TIME.parseBest(s, OffsetTime::from, LocalTime::from);
                } catch (DateTimeParseException e) {
                    throw invalid(text);
                }
            case DATE_TIME:
                try {
                    return DateTimeFormatter.ISO_DATE_TIME.parseBest(s, OffsetDateTime::from, LocalDateTime::from);
                } catch (DateTimeParseException e) {
                    throw invalid(text);
                }
            default:
                throw new AssertionError(this);
        }
    }

    private Long parseLong(String s) {
        if (!XSD_INTEGER.matcher(s).matches()) {
            throw invalid(s);
        }
        BigInteger value = new BigInteger(s.startsWith("+") ? s.substring(1) : s);
        if (value.bitLength() > 63) {
            throw new IllegalArgumentException("'" + s + "' is out of the range of " + xsdName);
        }
        return value.longValue();
    }

    private Long atLeast(Long value, long min) {
        if (value < min) {
            throw new IllegalArgumentException("'" + value + "' is not a " + xsdName);
        }
        return value;
    }

    private Double parseDouble(String s) {
        switch (s) {
            case "INF":
                return Double.POSITIVE_INFINITY;
            case "-INF":
                return Double.NEGATIVE_INFINITY;
            case "NaN":
                return Double.NaN;
            default:
                if (!XSD_DECIMAL.matcher(s).matches()) {
                    throw invalid(s);
                }
                return Double.valueOf(s);
        }
    }

    private Boolean parseBoolean(String s) {
        switch (s.toLowerCase(Locale.ROOT)) {
            case "true":
            case "1":
            case "yes":
                return Boolean.TRUE;
            case "false":
            case "0":
            case "no":
                return Boolean.FALSE;
            default:
                throw invalid(s);
        }
    }

    private IllegalArgumentException invalid(String text) {
        return new IllegalArgumentException("'" + text + "' is not a valid " + xsdName);
    }
}
