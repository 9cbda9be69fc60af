package io.dupliwatch.integrations.prometheus;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The test parser itself must be strict, or the /metrics tests prove nothing. */
class PrometheusTextTest {

    @Test
    void readsEscapedLabelValuesAndSuffixedCounterSamples() {
        PrometheusText text = PrometheusText.parse("""
                # HELP a_total Things\\\\ counted\\nsecond line
                # TYPE a_total counter
                a_total{x="q\\"b\\\\s\\nn",y="é"} 3.0
                # TYPE g gauge
                g -1.5e3
                g{z=""} NaN
                """);

        assertThat(text.value("a_total", "x", "q\"b\\s\nn", "y", "é")).isEqualTo(3.0);
        assertThat(text.families().get("a_total").help()).isEqualTo("Things\\ counted\nsecond line");
        assertThat(text.value("g")).isEqualTo(-1500.0);
        assertThat(text.value("g", "z", "")).isNaN();
    }

    @Test
    void rejectsWhatPrometheusWouldReject() {
        assertThatThrownBy(() -> PrometheusText.parse("# TYPE g gauge\ng{a=\"\\t\"} 1\n")).hasMessageContaining("bad escape");
        assertThatThrownBy(() -> PrometheusText.parse("# TYPE g gauge\ng{a=b} 1\n")).hasMessageContaining("quoted");
        assertThatThrownBy(() -> PrometheusText.parse("g 1\n")).hasMessageContaining("before its TYPE");
        assertThatThrownBy(() -> PrometheusText.parse("# TYPE g gauge\ng 1\ng 2\n")).hasMessageContaining("duplicate");
        assertThatThrownBy(() -> PrometheusText.parse("# TYPE g gauge\ng 1d\n")).hasMessageContaining("bad value");
        assertThatThrownBy(() -> PrometheusText.parse("# TYPE g-h gauge\n")).hasMessageContaining("bad metric name");
        assertThatThrownBy(() -> PrometheusText.parse("# TYPE g gauge\ng 1")).hasMessageContaining("line feed");
    }
}
