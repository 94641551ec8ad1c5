package org.jwps.runtime.internal.config;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Database URLs: PyWPS's {@code [logging] database} is an SQLAlchemy URL
 * ({@code dialect+driver://user:password@host:port/database?options}); the JWPS job store takes a
 * JDBC URL. Only PostgreSQL exists on both sides.
 */
public final class JdbcUrls {
    private static final Pattern SQLALCHEMY = Pattern.compile(
            "(?<dialect>[A-Za-z0-9_]+)(?:\\+[A-Za-z0-9_]+)?://(?:(?<user>[^:@/]*)(?::(?<password>[^@/]*))?@)?"
                    + "(?<host>\\[[^\\]]+\\]|[^:/?]*)(?::(?<port>\\d+))?(?:/(?<database>[^?]*))?(?:\\?(?<query>.*))?");
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password=)[^&;]*");
    private static final Pattern USER_INFO = Pattern.compile("(//[^:/@]*:)[^@/]*@");

    private JdbcUrls() {
    }

    /**
     * Converts a PostgreSQL SQLAlchemy URL, whatever its driver ({@code postgresql://},
     * {@code postgresql+psycopg2://}, {@code postgres://}), to a PostgreSQL JDBC URL with the
     * user and password as parameters. Options in the query are kept.
     *
     * @param url an SQLAlchemy URL
     * @return e.g. {@code jdbc:postgresql://host:5432/db?user=u&password=p}
     * @throws IllegalArgumentException naming why, when the URL is not a PostgreSQL one
     */
    public static String fromSqlAlchemy(String url) {
        Matcher m = SQLALCHEMY.matcher(url.strip());
        String dialect = m.matches() ? m.group("dialect").toLowerCase(Locale.ROOT) : "";
        if (dialect.equals("sqlite")) {
            throw new IllegalArgumentException("SQLite is not available to JWPS; the job store stays on its "
                    + "embedded H2 database (the default)");
        }
        if (!dialect.equals("postgresql") && !dialect.equals("postgres")) {
            throw new IllegalArgumentException(m.matches()
                    ? "the JWPS job store runs on H2 or PostgreSQL, not " + dialect
                    : "not an SQLAlchemy database URL");
        }
        StringBuilder jdbc = new StringBuilder("jdbc:postgresql://");
        jdbc.append(m.group("host").isEmpty() ? "localhost" : m.group("host"));
        if (m.group("port") != null) {
            jdbc.append(':').append(m.group("port"));
        }
        jdbc.append('/').append(m.group("database") == null ? "" : m.group("database"));
        StringBuilder query = new StringBuilder();
        parameter(query, "user", m.group("user"));
        parameter(query, "password", m.group("password"));
        if (m.group("query") != null && !m.group("query").isEmpty()) {
            query.append(query.length() == 0 ? "" : "&").append(m.group("query"));
        }
        if (query.length() > 0) {
            jdbc.append('?').append(query);
        }
        return jdbc.toString();
    }

    /** SQLAlchemy URL-encodes user and password; pgjdbc URL-decodes parameters. */
    private static void parameter(StringBuilder query, String name, String encoded) {
        if (encoded == null || encoded.isEmpty()) {
            return;
        }
        String value = URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8);
        query.append(query.length() == 0 ? "" : "&").append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }

    /**
     * @param url a database URL (JDBC or SQLAlchemy)
     * @return the URL with any password replaced by {@code ***}, for logs and reports
     */
    public static String masked(String url) {
        return USER_INFO.matcher(PASSWORD_PARAMETER.matcher(url).replaceAll("$1***")).replaceAll("$1***@");
    }
}
