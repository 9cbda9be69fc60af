package io.dupliwatch.cluster;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.servlet.http.HttpSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.dupliwatch.DupliwatchApplication;
import io.dupliwatch.monitoring.JobOverdue;
import io.dupliwatch.testsupport.Http;
import io.dupliwatch.testsupport.Samples;
import io.dupliwatch.testsupport.TestAdminToken;
import io.dupliwatch.testsupport.TestDatabaseInitializer;
import io.dupliwatch.testsupport.TestDatabases;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Two Dupliwatch instances (two application contexts on random ports) sharing one PostgreSQL database. */
class TwoInstancesIntegrationTest {

    static final Queue<String> GUARDED_RUNS = new ConcurrentLinkedQueue<>();
    static final Queue<String> TICKS = new ConcurrentLinkedQueue<>();
    static final Queue<JobOverdue> OVERDUE_ALERTS = new ConcurrentLinkedQueue<>();
    static final String LAPTOP = "a8d2e61f0c3b4e7f9a15c2d8e4b07f31";
    static final String DB_SERVER = "c07e5b9d1a2f4c8e6b3d0a9f7e1c5b2d";

    static ConfigurableApplicationContext a;
    static ConfigurableApplicationContext b;

    @BeforeAll
    static void startTwoInstances() {
        Map<String, Object> database = TestDatabases.newPostgresDatabase();
        a = start("a", database);
        b = start("b", database);
        TestAdminToken.seed(a.getBean(JdbcClient.class));
    }

    @AfterAll
    static void stop() {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
    }

    @Test
    void concurrentIdenticalUploadsToBothInstancesStoreOneRun() throws Exception {
        byte[] report = Samples.bytes("duplicati/backup-warning.json");
        int uploads = 16;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(uploads);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < uploads; i++) {
                Http target = http(i % 2 == 0 ? a : b);
                statuses.add(pool.submit(() -> {
                    go.await();
                    return target.upload(report).status();
                }));
            }
            go.countDown();
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                codes.add(status.get());
            }

            assertThat(codes).containsOnly(200, 409);
            assertThat(codes).filteredOn(code -> code == 200).hasSize(1);
        }
        finally {
            pool.shutdownNow();
        }
        JdbcClient jdbc = a.getBean(JdbcClient.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM runs WHERE server_id = :id").param("id", LAPTOP)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT run_count FROM jobs WHERE server_id = :id").param("id", LAPTOP)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anOverdueJobIsAlertedOnceWhenBothInstancesCheckAtTheSameTime() throws Exception {
        assertThat(http(a).upload(Samples.bytes("duplicati/backup-error.json")).status()).isEqualTo(200);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> checks = new ArrayList<>();
            for (ConfigurableApplicationContext instance : List.of(a, b, a, b)) {
                Http target = http(instance);
                checks.add(pool.submit(() -> {
                    go.await();
                    return target.post("/api/monitoring/check", null, new byte[0]).status();
                }));
            }
            go.countDown();
            for (Future<Integer> check : checks) {
                assertThat(check.get()).isEqualTo(200);
            }
        }
        finally {
            pool.shutdownNow();
        }

        assertThat(OVERDUE_ALERTS).filteredOn(alert -> alert.serverId().equals(DB_SERVER)).hasSize(1);
    }

    @Test
    void scheduledWorkGuardedByTheClusterLockRunsOnOneInstance() {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> TICKS.contains("a") && TICKS.contains("b") && TICKS.size() > 10);

        assertThat(GUARDED_RUNS).hasSize(1);
    }

    @Test
    void aSessionCreatedOnOneInstanceIsValidOnTheOther() {
        Http.Reply created = http(a).get("/api/cluster-probe/session?put=hello");
        String cookie = created.header("Set-Cookie");
        assertThat(cookie).startsWith("DUPLIWATCH_SESSION=");

        Http.Reply read = http(b).send(HttpRequest.newBuilder(URI.create(base(b) + "/api/cluster-probe/session"))
                .header("Cookie", cookie.substring(0, cookie.indexOf(';'))).GET());

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body()).isEqualTo("hello");
        assertThat(b.getBean(JdbcClient.class).sql("SELECT COUNT(*) FROM spring_session").query(Long.class).single())
                .isEqualTo(1);
    }

    private static ConfigurableApplicationContext start(String name, Map<String, Object> database) {
        Map<String, Object> properties = new HashMap<>(database);
        properties.put("server.port", "0");
        properties.put("dupliwatch.monitoring.check-interval", "0");
        properties.put("dupliwatch.data-dir", TestDatabaseInitializer.newDataDir().toString());
        return new SpringApplicationBuilder(DupliwatchApplication.class)
                .initializers(context -> {
                    GenericApplicationContext generic = (GenericApplicationContext) context;
                    generic.registerBean("sessionProbe", RouterFunction.class, TwoInstancesIntegrationTest::sessionProbe);
                    generic.registerBean("guardedJob", GuardedJob.class,
                            () -> new GuardedJob(name, generic.getBean(ClusterLock.class)));
                    generic.addApplicationListener((ApplicationListener<PayloadApplicationEvent<JobOverdue>>)
                            event -> OVERDUE_ALERTS.add(event.getPayload()));
                })
                .run(properties.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue()).toArray(String[]::new));
    }

    /** Stores {@code put} in the HTTP session, and answers what the session holds. */
    private static RouterFunction<ServerResponse> sessionProbe() {
        return RouterFunctions.route().GET("/api/cluster-probe/session", request -> {
            HttpSession session = request.servletRequest().getSession();
            request.param("put").ifPresent(value -> session.setAttribute("probe", value));
            return ServerResponse.ok().body(String.valueOf(session.getAttribute("probe")));
        }).build();
    }

    static class GuardedJob {

        private final String instance;
        private final ClusterLock lock;

        GuardedJob(String instance, ClusterLock lock) {
            this.instance = instance;
            this.lock = lock;
        }

        @Scheduled(fixedDelay = 50)
        void tick() {
            TICKS.add(instance);
            lock.runExclusively("cluster-test.guarded-job", Duration.ofHours(1), Duration.ofHours(1),
                    () -> GUARDED_RUNS.add(instance));
        }
    }

    private static Http http(ConfigurableApplicationContext context) {
        return new Http(port(context)).asAdmin();
    }

    private static String base(ConfigurableApplicationContext context) {
        return "http://localhost:" + port(context);
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
