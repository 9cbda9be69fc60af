package io.dupliwatch.notify;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;

import io.dupliwatch.testsupport.IntegrationTest;
import io.dupliwatch.testsupport.MutableClock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;

/**
 * The real server over a fresh SQLite database, with a clock the test moves and the outbox worker's thread
 * off: tests call {@link OutboxWorker#drain()} themselves, so every attempt happens when they say.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@TestPropertySource(properties = {
        "dupliwatch.notify.worker-enabled=false",
        "dupliwatch.notify.max-attempts=3",
        "dupliwatch.time-zone=Europe/Paris" })
@Import(NotifyIntegrationTest.Clocks.class)
@interface NotifyIntegrationTest {

    /** Uploads and notifications see the same, movable time. */
    Instant START = Instant.parse("2026-08-12T06:00:00Z");

    @TestConfiguration(proxyBeanMethods = false)
    class Clocks {

        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(START);
        }
    }
}
