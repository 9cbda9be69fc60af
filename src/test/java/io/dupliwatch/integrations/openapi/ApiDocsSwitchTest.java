package io.dupliwatch.integrations.openapi;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.dupliwatch.errors.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ApiDocsSwitchTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/openapi.json", "/api/openapi.json.yaml", "/api/docs"})
    void theDescriptionIsServedUnlessSwitchedOff(String path) throws Exception {
        MockMvc enabled = MockMvcBuilders.standaloneSetup(new ApiDocsController(true)).build();
        MockMvc disabled = MockMvcBuilders.standaloneSetup(new ApiDocsController(false))
                .setControllerAdvice(new NotFoundAs404()).build();

        assertThat(enabled.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .isNotBlank();
        assertThat(disabled.perform(get(path)).andExpect(status().isNotFound()).andReturn().getResolvedException())
                .hasMessageContaining("dupliwatch.api-docs.enabled=false");
    }

    /** Stands in for the application's error advice, which this standalone setup does not load. */
    @RestControllerAdvice
    static class NotFoundAs404 {

        @ExceptionHandler(NotFoundException.class)
        ResponseEntity<String> notFound(NotFoundException e) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(e.getMessage());
        }
    }
}
