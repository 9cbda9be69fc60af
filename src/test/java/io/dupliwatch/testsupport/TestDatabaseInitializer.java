package io.dupliwatch.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Gives each test application context its own data directory (and database). */
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
