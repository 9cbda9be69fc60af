package io.dupliwatch.monitoring;

import java.time.Instant;

import io.dupliwatch.testsupport.MutableClock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** A clock the tests move and a recorder of the events monitoring publishes. */
@TestConfiguration(proxyBeanMethods = false)
class MonitoringTestConfiguration {

    static final Instant START = Instant.parse("2026-08-20T10:00:00Z");

    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock(START);
    }

    @Bean
    RecordedEvents recordedEvents() {
        return new RecordedEvents();
    }
}
