package io.dupliwatch.config;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Scheduled work runs in the server, not while a command-line subcommand runs (they set the property to false). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "dupliwatch.scheduling.enabled", matchIfMissing = true)
class SchedulingConfiguration {
}
