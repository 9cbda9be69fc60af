package io.dupliwatch.integrations.openapi;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class ApiDocsSwitchTest {

    private final WebApplicationContextRunner context = new WebApplicationContextRunner()
            .withUserConfiguration(ApiDocsController.class);

    @Test
    void theDescriptionIsServedUnlessSwitchedOff() {
        context.run(running -> assertThat(running).hasSingleBean(ApiDocsController.class));
        context.withPropertyValues("dupliwatch.api-docs.enabled=false")
                .run(running -> assertThat(running).doesNotHaveBean(ApiDocsController.class));
    }
}
