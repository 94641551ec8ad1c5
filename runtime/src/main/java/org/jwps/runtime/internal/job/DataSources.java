package org.jwps.runtime.internal.job;

import java.sql.SQLException;

import javax.sql.DataSource;

/** Creates the unpooled data source for a JDBC URL: from a driver's DataSourceFactory in OSGi, directly in tests. */
@FunctionalInterface
public interface DataSources {
    /**
     * @param url a JDBC URL
     * @return a data source for it
     * @throws SQLException if no driver serves the URL, or it refuses
     */
    DataSource create(String url) throws SQLException;
}
