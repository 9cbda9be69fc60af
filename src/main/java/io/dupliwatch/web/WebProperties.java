package io.dupliwatch.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The web UI.
 *
 * @param publicUrl       the address Duplicati machines reach this server at, shown in the setup instructions
 *                        ({@code DUPLIWATCH_WEB_PUBLICURL}); empty means the address the browser used
 * @param historyPageSize runs per page of a server's run history ({@code DUPLIWATCH_WEB_HISTORYPAGESIZE})
 * @param boardPageSize   server cards per page of the dashboard; its table shows five times as many job rows
 *                        ({@code DUPLIWATCH_WEB_BOARDPAGESIZE}): a page weighs what is on screen, not the fleet
 */
@ConfigurationProperties("dupliwatch.web")
public record WebProperties(@DefaultValue("") String publicUrl,
                            @DefaultValue("20") int historyPageSize,
                            @DefaultValue("12") int boardPageSize) {

    /** Job rows per page of the dashboard's table (servers have five jobs or fewer as a rule). */
    public int boardRowsPerPage() {
        return boardPageSize * 5;
    }
}
