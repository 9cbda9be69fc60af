package io.dupliwatch.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Gives each test application context its own data directory (and database), and seeds the
 * {@link TestAdminToken} once the application has started.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("dupliwatch.data-dir", newDataDir().toString());
        properties.putAll(TestDatabases.datasourceProperties());
        // No background overdue checks against the real clock: tests that need one call it themselves.
        properties.put("dupliwatch.monitoring.check-interval", "0");
        context.getEnvironment().getPropertySources()
                .addFirst(new MapPropertySource("dupliwatch-test-database", properties));
        // Every test logs in from 127.0.0.1: failed logins of unrelated tests sharing a context must not add up to
        // a per-address lock. Lowest precedence, so a test's @TestPropertySource can still set it.
        context.getEnvironment().getPropertySources().addLast(new MapPropertySource("dupliwatch-test-defaults",
                Map.of("dupliwatch.security.login-max-failures-per-ip", "100000")));
        context.addApplicationListener(event -> {
            if (event instanceof ApplicationStartedEvent started) {
                TestAdminToken.seed(started.getApplicationContext().getBean(JdbcClient.class));
            }
        });
    }

    public static Path newDataDir() {
        try {
            Path dir = Files.createTempDirectory("dupliwatch-test-");
            dir.toFile().deleteOnExit();
            return dir;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
