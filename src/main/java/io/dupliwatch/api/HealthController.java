package io.dupliwatch.api;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/health}: 200 when the database answers, 503 when it does not (Docker health checks read it). Public,
 * so it says whether things work, not what they are made of: no table names, no database product.
 */
@RestController
@Tag(name = "Health")
class HealthController {

    private static final Logger log = LoggerFactory.getLogger(HealthController.class);

    private final DataSource dataSource;
    private final Clock clock;

    HealthController(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @GetMapping("/api/health")
    @Operation(operationId = "health", summary = "200 when the database answers, 503 when it does not")
    ResponseEntity<Map<String, Object>> health() {
        Map<String, Object> body = new LinkedHashMap<>();
        HttpStatus status;
        try (Connection connection = dataSource.getConnection()) {
            List<String> tables = tables(connection);
            boolean ready = tables.contains("runs") && answers(connection);
            status = ready ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE;
            body.put("status", ready ? "healthy" : "degraded");
            body.put("database", "connected");
            body.put("basicConnection", true);
            body.put("tablesFound", tables.size());
            body.put("preparedStatements", ready);
            body.put("initializationStatus", ready ? "complete" : "failed");
            body.put("initializationComplete", ready);
            body.put("connectionHealth", true);
            body.put("timestamp", ApiTime.iso(clock.instant()));
            body.put("connectionDetails", Map.of("status", ready ? "ready" : "not-migrated"));
        }
        catch (SQLException | RuntimeException e) {
            log.warn("Health check failed: database unusable: {}", e.getMessage());
            status = HttpStatus.SERVICE_UNAVAILABLE;
            body.put("status", "unhealthy");
            body.put("database", "disconnected");
            body.put("error", "Database connection failed");
            body.put("timestamp", ApiTime.iso(clock.instant()));
        }
        return PolledAnswers.noStore(status, body);
    }

    private static List<String> tables(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = meta.getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME").toLowerCase());
            }
        }
        return tables;
    }

    private static boolean answers(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM servers")) {
            return rs.next();
        }
    }
}
