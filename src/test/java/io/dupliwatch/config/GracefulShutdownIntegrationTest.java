package io.dupliwatch.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;

import io.dupliwatch.DupliwatchApplication;
import io.dupliwatch.testsupport.Http;
import io.dupliwatch.testsupport.Samples;
import io.dupliwatch.testsupport.TestDatabaseInitializer;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** server.shutdown=graceful: stopping the server (SIGTERM) lets an upload that is being received finish. */
class GracefulShutdownIntegrationTest {

    @Test
    void anUploadInFlightWhenTheServerStopsIsStillStored() throws Exception {
        Path dataDir = TestDatabaseInitializer.newDataDir();
        CountDownLatch uploadArrived = new CountDownLatch(1);
        // Signalled inside the dispatcher servlet, where Tomcat counts the request as in flight (a servlet filter runs
        // before that, and a shutdown begun in between would find no request to wait for).
        HandlerInterceptor arrivals = new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                if (request.getRequestURI().equals("/api/upload")) {
                    uploadArrived.countDown();
                }
                return true;
            }
        };
        WebMvcConfigurer interception = new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(arrivals);
            }
        };
        ConfigurableApplicationContext server = new SpringApplicationBuilder(DupliwatchApplication.class)
                .initializers(context -> context.getBeanFactory().registerSingleton("uploadArrivals", interception))
                .run("--server.port=0", "--dupliwatch.data-dir=" + dataDir);
        int port = ((WebServerApplicationContext) server).getWebServer().getPort();
        byte[] report = Samples.bytes("duplicati/backup-success.json");
        int half = report.length / 2;
        // The first request initialises the dispatcher: do it now, so the upload below reaches its controller fast.
        assertThat(new Http(port).get("/api/health").status()).isEqualTo(200);

        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/upload HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + report.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(report, 0, half);
            out.flush();
            // The request reaches the application, whose controller then waits for the rest of the body.
            assertThat(uploadArrived.await(30, TimeUnit.SECONDS)).as("upload reached the application").isTrue();

            CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::close);
            // The graceful shutdown has begun once the server refuses new connections; it then waits for the upload.
            await().atMost(Duration.ofSeconds(30)).until(() -> !acceptsConnections(port));
            assertThat(stopping).as("waits for the upload").isNotDone();

            out.write(report, half, report.length - half);
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);

            assertThat(response).startsWith("HTTP/1.1 200");
            stopping.get();
        }
        assertThat(server.isActive()).isFalse();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("dupliwatch.db"));
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM runs")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(1);
        }
    }

    private static boolean acceptsConnections(int port) {
        try (Socket probe = new Socket()) {
            probe.connect(new InetSocketAddress("localhost", port), 1_000);
            return true;
        }
        catch (IOException refused) {
            return false;
        }
    }
}
