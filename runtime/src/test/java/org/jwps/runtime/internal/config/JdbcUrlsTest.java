package org.jwps.runtime.internal.config;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

/** PyWPS's SQLAlchemy database URLs and the JDBC URLs of the job store. */
public class JdbcUrlsTest {
    @Test
    public void postgresqlUrlsOfEveryDriverBecomeJdbc() {
        assertEquals("jdbc:postgresql://db.example.org:5432/pywps?user=wps&password=s%40cret%2B1",
                JdbcUrls.fromSqlAlchemy("postgresql+psycopg2://wps:s%40cret+1@db.example.org:5432/pywps"));
        assertEquals("jdbc:postgresql://localhost/pywps",
                JdbcUrls.fromSqlAlchemy("postgresql:///pywps"));
        assertEquals("jdbc:postgresql://db/pywps?user=wps&sslmode=require",
                JdbcUrls.fromSqlAlchemy("postgres://wps@db/pywps?sslmode=require"));
        assertEquals("jdbc:postgresql://[::1]:5433/w", JdbcUrls.fromSqlAlchemy("postgresql+pg8000://[::1]:5433/w"));
    }

    @Test
    public void otherDatabasesAreRefusedWithTheReason() {
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> JdbcUrls.fromSqlAlchemy("sqlite:///logs/pywps-logs.sqlite3")).getMessage().contains("H2"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> JdbcUrls.fromSqlAlchemy("mysql://u:p@h/db")).getMessage().contains("not mysql"));
        assertThrows(IllegalArgumentException.class, () -> JdbcUrls.fromSqlAlchemy("nonsense"));
    }

    @Test
    public void passwordsAreMasked() {
        assertEquals("jdbc:postgresql://db/w?user=u&password=***&ssl=true",
                JdbcUrls.masked("jdbc:postgresql://db/w?user=u&password=secret&ssl=true"));
        assertEquals("postgresql://u:***@db/w", JdbcUrls.masked("postgresql://u:secret@db/w"));
        assertEquals("jdbc:h2:file:/data/jobs", JdbcUrls.masked("jdbc:h2:file:/data/jobs"));
    }
}
