package io.dupliwatch.config;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import io.dupliwatch.DupliwatchApplication;
import io.dupliwatch.testsupport.Http;
import io.dupliwatch.testsupport.Samples;
import io.dupliwatch.testsupport.TestDatabaseInitializer;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** server.shutdown=graceful: stopping the server (SIGTERM) lets an upload that is being received finish. */
class GracefulShutdownIntegrationTest {

    @Test
    void anUploadInFlightWhenTheServerStopsIsStillStored() throws Exception {
        Path dataDir = TestDatabaseInitializer.newDataDir();
        ConfigurableApplicationContext server = new SpringApplicationBuilder(DupliwatchApplication.class)
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
            Thread.sleep(1_000); // the request reaches the controller, which waits for the rest of the body

            CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::close);
            Thread.sleep(500);
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
}
