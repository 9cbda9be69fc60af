package io.dupliwatch.web.dashboard;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.dupliwatch.testsupport.Fleet;
import io.dupliwatch.testsupport.Http;
import io.dupliwatch.testsupport.ServerTestBase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fleet of 1,000 servers (one job of ten runs each, copied in SQL from a real upload for speed): the dashboard
 * sends one page of it, while filter and order still run over every server.
 */
class LargeBoardIntegrationTest extends ServerTestBase {

    static final int SERVERS = 1000;

    @BeforeEach
    void aThousandServers() {
        new Fleet(http, Instant.now()).job("template", "template", "Documents", "SSSSWSSSSS", Duration.ofDays(1),
                Duration.ofHours(2));
        long template = jdbc.sql("SELECT id FROM jobs WHERE server_id = 'template'").query(Long.class).single();
        String numbers = "WITH RECURSIVE n(i) AS (SELECT 1000 UNION ALL SELECT i + 1 FROM n WHERE i < " + (999 + SERVERS) + ") ";
        jdbc.sql(numbers + "INSERT INTO servers (id, name, created_at) SELECT 'srv' || i, 'server-' || i, 0 FROM n").update();
        jdbc.sql("INSERT INTO jobs (server_id, backup_name, created_at) SELECT id, 'Documents', 0 FROM servers WHERE id LIKE 'srv%'")
                .update();
        List<String> columns = runColumns();
        String copied = String.join(", ", columns);
        jdbc.sql("INSERT INTO runs (job_id, server_id, " + copied + ") SELECT j.id, j.server_id, "
                + columns.stream().map(c -> "r." + c).collect(Collectors.joining(", "))
                + " FROM runs r, jobs j WHERE r.job_id = :template AND j.server_id LIKE 'srv%'")
                .param("template", template).update();
        jdbc.sql("""
                UPDATE jobs SET run_count = 10,
                       latest_run_id = (SELECT MAX(r.id) FROM runs r WHERE r.job_id = jobs.id),
                       latest_begin_time = (SELECT MAX(r.begin_time) FROM runs r WHERE r.job_id = jobs.id),
                       latest_status = 'Success'
                 WHERE server_id LIKE 'srv%'
                """).update();
    }

    @Test
    void theFirstResponseIsOnePageOfCardsWithinThreeHundredKilobytes() {
        Http.Reply page = signedIn().get("/");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(300_000);
        assertThat(cards(page.body())).hasSize(12).startsWith("srv1000").doesNotContain("srv1999");
        assertThat(page.body()).contains("Page 1 of 84");
    }

    @Test
    void theFilterFindsAServerFarBeyondTheFirstPage() {
        Http.Reply page = signedIn().get("/?q=server-1987");

        assertThat(cards(page.body())).containsExactly("srv1987");
    }

    @Test
    void theOrderCoversEveryServer() {
        Http.Reply descending = signedIn().get("/?view=cards&sort=name&dir=desc");

        assertThat(cards(descending.body())).startsWith("template", "srv1999", "srv1998");
    }

    @Test
    void theTableIsPagedToo() {
        Http.Reply first = signedIn().get("/?view=table&sort=name&dir=desc");
        Http.Reply second = signedIn().get("/?view=table&sort=name&dir=desc&page=2");

        assertThat(second.body().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(300_000);
        assertThat(second.body()).contains("Page 2 of 17");
        assertThat(rowServers(first.body())).hasSize(60).startsWith("template", "server-1999");
        assertThat(rowServers(second.body())).hasSize(60).doesNotContainAnyElementsOf(rowServers(first.body()));
    }

    @Test
    void aPageBeyondTheLastShowsTheLast() {
        Http.Reply page = signedIn().get("/?page=1000");

        assertThat(page.body()).contains("Page 84 of 84");
        assertThat(cards(page.body())).contains("template", "srv1999");
    }

    private List<String> runColumns() {
        List<String> names = jdbc.sql("SELECT * FROM runs WHERE 1 = 0").query(rs -> {
            List<String> found = new ArrayList<>();
            for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                found.add(rs.getMetaData().getColumnName(c).toLowerCase(Locale.ROOT));
            }
            return found;
        });
        return names.stream().filter(c -> !List.of("id", "job_id", "server_id").contains(c)).toList();
    }

    /** Server names of the table's rows, in order. */
    private static List<String> rowServers(String html) {
        return Pattern.compile("class=\"cell-server\"><a href=\"[^\"]*\">([^<]+)</a>").matcher(html).results()
                .map(m -> m.group(1)).toList();
    }

    /** Server ids of the cards on the page, in order. */
    private static List<String> cards(String html) {
        return Pattern.compile("<article id=\"srv-([^\"]+)\"").matcher(html).results()
                .map(m -> m.group(1)).toList();
    }
}
