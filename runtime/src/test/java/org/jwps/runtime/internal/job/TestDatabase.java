package org.jwps.runtime.internal.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh, empty database for one test: in-memory H2, or a new database on a private PostgreSQL
 * server that is started once per test JVM and stopped when it exits.
 *
 * @param url        the JDBC URL
 * @param dataSource a data source for it
 */
public record TestDatabase(String url, DataSource dataSource) {
    private static final AtomicInteger COUNT = new AtomicInteger();
    private static PostgresServer postgres;

    /**
     * @param kind {@code h2} or {@code postgresql}
     * @return a new empty database
     * @throws SQLException if it cannot be created
     */
    public static TestDatabase create(String kind) throws SQLException {
        if ("h2".equals(kind)) {
            return h2("jdbc:h2:mem:jwps-test-" + COUNT.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
        }
        return of(postgres().newDatabase());
    }

    /**
     * @param url an H2 or PostgreSQL JDBC URL
     * @return a data source for it
     */
    public static TestDatabase of(String url) {
        if (url.startsWith("jdbc:h2:")) {
            return h2(url);
        }
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(url);
        return new TestDatabase(url, source);
    }

    /**
     * @param url an H2 JDBC URL
     * @return a data source for it
     */
    public static TestDatabase h2(String url) {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(url);
        return new TestDatabase(url, source);
    }

    /** @return the PostgreSQL server of this JVM, started on first use */
    public static synchronized PostgresServer postgres() {
        if (postgres == null) {
            try {
                postgres = PostgresServer.start(false);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            PostgresServer started = postgres;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException e) {
                    // the temporary folder stays; nothing else to do at exit
                }
            }));
        }
        return postgres;
    }
}
