package io.dupliwatch.storage;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Dupliwatch keeps its data.
 *
 * @param dataDir directory holding the SQLite file and the secret key ({@code DUPLIWATCH_DATA_DIR})
 */
@ConfigurationProperties("dupliwatch")
public record StorageProperties(@DefaultValue("./data") Path dataDir) {
}
