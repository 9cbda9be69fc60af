package io.dupliwatch.web;

import org.junit.jupiter.api.Test;

import io.dupliwatch.config.VersionedCache;

import static org.assertj.core.api.Assertions.assertThat;

class VersionedCacheTest {

    private final HistoryVersion first = new HistoryVersion(1, "server", 10, 1);
    private final HistoryVersion second = new HistoryVersion(1, "server", 11, 2);

    @Test
    void aValueHoldsOnlyForTheVersionItWasKeptAt() {
        VersionedCache<Long, HistoryVersion, String> cache = new VersionedCache<>(10);
        cache.put(1L, first, "strip of run 10");

        assertThat(cache.get(1L, first)).isEqualTo("strip of run 10");
        assertThat(cache.get(1L, second)).isNull();
        assertThat(cache.get(2L, first)).isNull();

        cache.put(1L, second, "strip of run 11");
        assertThat(cache.get(1L, second)).isEqualTo("strip of run 11");
        assertThat(cache.get(1L, first)).as("a newer version replaces the older one").isNull();
    }

    @Test
    void pastItsBoundItStartsAfresh() {
        VersionedCache<Long, HistoryVersion, String> cache = new VersionedCache<>(2);
        cache.put(1L, first, "a");
        cache.put(2L, first, "b");

        cache.put(3L, first, "c");

        assertThat(cache.get(1L, first)).isNull();
        assertThat(cache.get(2L, first)).isNull();
        assertThat(cache.get(3L, first)).isEqualTo("c");
    }
}
