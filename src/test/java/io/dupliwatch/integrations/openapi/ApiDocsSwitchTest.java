package io.dupliwatch.integrations.openapi;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ApiDocsSwitchTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/openapi.json", "/api/openapi.json.yaml", "/api/docs"})
    void theDescriptionIsServedUnlessSwitchedOff(String path) throws Exception {
        MockMvc enabled = MockMvcBuilders.standaloneSetup(new ApiDocsController(true)).build();
        MockMvc disabled = MockMvcBuilders.standaloneSetup(new ApiDocsController(false)).build();

        assertThat(enabled.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .isNotBlank();
        assertThat(disabled.perform(get(path)).andExpect(status().isNotFound()).andReturn().getResolvedException())
                .hasMessageContaining("dupliwatch.api-docs.enabled=false");
    }
}
