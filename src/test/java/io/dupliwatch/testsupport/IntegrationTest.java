package io.dupliwatch.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * A real server on a random port over a real database in a fresh temporary data directory: SQLite by default,
 * PostgreSQL when the tests run with {@code -Ddupliwatch.test.database=postgresql}.
 * Contexts are shared between test classes with the same configuration: call {@link DatabaseCleaner#clean}
 * when a test needs an empty database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
public @interface IntegrationTest {
}
