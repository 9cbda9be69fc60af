package io.dupliwatch.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The web UI.
 *
 * @param publicUrl       the address Duplicati machines reach this server at, shown in the setup instructions
 *                        ({@code DUPLIWATCH_WEB_PUBLICURL}); empty means the address the browser used
 * @param historyPageSize runs per page of a server's run history ({@code DUPLIWATCH_WEB_HISTORYPAGESIZE})
 */
@ConfigurationProperties("dupliwatch.web")
public record WebProperties(@DefaultValue("") String publicUrl,
                            @DefaultValue("20") int historyPageSize) {
}
