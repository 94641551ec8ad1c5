package org.jwps.runtime.internal.job;

import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The pooled connections to the job database ({@code database} setting). Opening creates the
 * job table if needed.
 */
final class JobDatabase implements AutoCloseable {
    private final String url;
    private final HikariDataSource pool;
    private final JobStore store;

    private JobDatabase(String url, HikariDataSource pool) {
        this.url = url;
        this.pool = pool;
        this.store = new JobStore(pool, url);
    }

    /**
     * @param url         the JDBC URL
     * @param dataSources where data sources come from
     * @param size        the most connections to keep
     * @return the open database, its table created
     * @throws JobStoreException if it cannot be opened
     */
    static JobDatabase open(String url, DataSources dataSources, int size) {
        HikariDataSource pool;
        try {
            HikariConfig config = new HikariConfig();
            config.setDataSource(dataSources.create(url));
            config.setPoolName("jwps-jobs");
            config.setMaximumPoolSize(size);
            config.setMinimumIdle(1);
            config.setConnectionTimeout(10_000);
            config.setInitializationFailTimeout(-1);
            pool = new HikariDataSource(config);
        } catch (SQLException | RuntimeException e) {
            throw new JobStoreException("Could not open the job database " + redacted(url), e);
        }
        JobDatabase database = new JobDatabase(url, pool);
        try {
            database.store.createSchema();
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return database;
    }

    /** @param url a JDBC URL @return the URL without its password, for logs */
    static String redacted(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***").replaceAll("//([^/@:]+):[^/@]*@", "//$1:***@");
    }

    String url() {
        return url;
    }

    JobStore store() {
        return store;
    }

    @Override
    public void close() {
        pool.close();
    }
}
