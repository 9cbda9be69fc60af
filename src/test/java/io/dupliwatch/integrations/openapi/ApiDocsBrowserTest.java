package io.dupliwatch.integrations.openapi;

import org.junit.jupiter.api.Test;

import io.dupliwatch.testsupport.BrowserTestBase;

import static org.assertj.core.api.Assertions.assertThat;

class ApiDocsBrowserTest extends BrowserTestBase {

    @Test
    void swaggerUiRendersTheDescriptionUnderTheContentSecurityPolicy() {
        browser.open("/api/docs");

        browser.await(driver -> !browser.findAll(".swagger-ui .opblock").isEmpty());
        assertThat(browser.find(".swagger-ui .info .title").getText()).startsWith("Dupliwatch API");
        assertThat(browser.texts(".swagger-ui .opblock-summary-path")).contains("/api/upload", "/api/summary", "/metrics");
    }
}
