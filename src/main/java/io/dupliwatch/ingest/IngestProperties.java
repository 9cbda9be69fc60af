package io.dupliwatch.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on what {@code /api/upload} accepts.
 *
 * @param maxBodySize largest report accepted; larger bodies get 413 ({@code DUPLIWATCH_INGEST_MAXBODYSIZE})
 * @param maxJsonDepth deepest JSON nesting accepted (Duplicati's reports nest about 6 levels)
 */
@ConfigurationProperties("dupliwatch.ingest")
public record IngestProperties(@DefaultValue("20MB") DataSize maxBodySize,
                               @DefaultValue("64") int maxJsonDepth) {
}
