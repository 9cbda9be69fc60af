package io.dupliwatch.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.dupliwatch.testsupport.Http;
import io.dupliwatch.testsupport.ServerTestBase;
import io.dupliwatch.testsupport.Samples;

import static org.assertj.core.api.Assertions.assertThat;

class ConcurrentUploadIntegrationTest extends ServerTestBase {

    @Test
    void twentyIdenticalReportsAtOnceStoreExactlyOneRun() throws Exception {
        String report = Samples.text("duplicati/backup-success.json");

        List<Integer> statuses = postAllAtOnce(java.util.Collections.nCopies(20, report));

        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(19);
        assertThat(count("runs")).isOne();
        assertThat(jdbc.sql("SELECT run_count FROM jobs").query(Long.class).single()).isOne();
    }

    @Test
    void fortyDistinctReportsAtOnceAreAllStored() throws Exception {
        String template = Samples.text("duplicati/backup-success.json");
        List<String> reports = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            // Ten jobs on four machines, each run at its own begin time.
            reports.add(template
                    .replace("3f1c9a7be2d04c6f9a51d8e0b7c4a2f3", "machine-" + (i % 4))
                    .replace("\"backup-name\":\"NAS Documents\"", "\"backup-name\":\"job " + (i % 10) + "\"")
                    .replace("2026-08-10T00:00:00.4169381Z", String.format("2026-08-10T00:%02d:00.4169381Z", i)));
        }

        List<Integer> statuses = postAllAtOnce(reports);

        assertThat(statuses).containsOnly(200).hasSize(40);
        assertThat(count("runs")).isEqualTo(40);
        assertThat(jdbc.sql("SELECT SUM(run_count) FROM jobs").query(Long.class).single()).isEqualTo(40);
        assertThat(count("servers")).isEqualTo(4);
    }

    private List<Integer> postAllAtOnce(List<String> reports) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(reports.size());
        try {
            List<Future<Integer>> replies = new ArrayList<>();
            for (String report : reports) {
                Callable<Integer> post = () -> {
                    start.await();
                    return http.upload(report).status();
                };
                replies.add(pool.submit(post));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> reply : replies) {
                statuses.add(reply.get());
            }
            return statuses;
        }
        finally {
            pool.shutdownNow();
        }
    }
}
