package io.dupliwatch.retention;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class RetentionPropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(RetentionProperties.class)
    static class Bound {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Bound.class);

    @Test
    void aNegativeLimitStopsTheStartWithTheReason() {
        context.withPropertyValues("dupliwatch.retention.max-runs-per-job=-1").run(started -> {
            assertThat(started).hasFailed();
            assertThat(started.getStartupFailure()).rootCause().hasMessageContaining("must be 0 (no limit) or more");
        });
    }

    @Test
    void byDefaultEveryRunIsKept() {
        context.run(started -> assertThat(started.getBean(RetentionProperties.class).keepsEverything()).isTrue());
    }
}
