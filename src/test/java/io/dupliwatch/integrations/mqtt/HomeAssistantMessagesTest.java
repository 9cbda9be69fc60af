package io.dupliwatch.integrations.mqtt;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HomeAssistantMessagesTest {

    @Test
    void aCleanNameIsItsOwnKey() {
        assertThat(HomeAssistantMessages.key("3f1c9a7be2d04c6f9a51d8e0b7c4a2f3")).isEqualTo("3f1c9a7be2d04c6f9a51d8e0b7c4a2f3");
        assertThat(HomeAssistantMessages.key("nas-docs_2")).isEqualTo("nas-docs_2");
    }

    @Test
    void otherNamesGetASlugAndAHashSoTheyNeverCollide() {
        assertThat(HomeAssistantMessages.key("NAS Documents")).matches("nas_documents_[0-9a-f]{8}");
        assertThat(HomeAssistantMessages.key("A B")).isNotEqualTo(HomeAssistantMessages.key("A/B"));
        assertThat(HomeAssistantMessages.key("café \"quoted\" / # +")).matches("caf_quoted__[0-9a-f]{8}");
        assertThat(HomeAssistantMessages.key("x".repeat(100))).hasSize(40 + 9);
    }
}
