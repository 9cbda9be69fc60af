package io.dupliwatch.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on what {@code /api/upload} accepts.
 *
 * @param maxBodySize largest report accepted; larger bodies get 413 ({@code DUPLIWATCH_INGEST_MAXBODYSIZE})
 * @param maxJsonDepth deepest JSON nesting accepted (Duplicati's reports nest about 6 levels)
 * @param newServersPerAddressPerHour how many unknown machine-ids one source address may add per hour; more get 429
 *                                    (0 = unlimited)
 */
@ConfigurationProperties("dupliwatch.ingest")
public record IngestProperties(@DefaultValue("20MB") DataSize maxBodySize,
                               @DefaultValue("64") int maxJsonDepth,
                               @DefaultValue("100") int newServersPerAddressPerHour) {
}
