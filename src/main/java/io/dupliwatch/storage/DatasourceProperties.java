package io.dupliwatch.storage;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Database connection. Empty {@code url} means the embedded SQLite file in the data directory.
 *
 * @param url      JDBC URL, e.g. {@code jdbc:postgresql://db:5432/dupliwatch} ({@code DUPLIWATCH_DB_URL})
 * @param username database user (PostgreSQL, {@code DUPLIWATCH_DB_USERNAME})
 * @param password database password (PostgreSQL, {@code DUPLIWATCH_DB_PASSWORD})
 * @param maxPoolSize connections in the pool
 */
@ConfigurationProperties("dupliwatch.datasource")
public record DatasourceProperties(@DefaultValue("") String url,
                                   @DefaultValue("") String username,
                                   @DefaultValue("") String password,
                                   @DefaultValue("10") int maxPoolSize) {

    public boolean isEmbedded() {
        return url.isBlank() || url.startsWith("jdbc:sqlite:");
    }
}
