package io.dupliwatch.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the dashboard keeps between page views per job: a value that holds while the job's {@link HistoryVersion}
 * does. Bounded: past {@code maxEntries} it starts afresh rather than tracking which jobs are gone.
 */
final class VersionedCache<K, V> {

    private record Entry<V>(HistoryVersion version, V value) {
    }

    private final int maxEntries;
    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

    VersionedCache(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    /** The value kept for this key at this version, or null when there is none or it is older. */
    V get(K key, HistoryVersion version) {
        Entry<V> entry = entries.get(key);
        return entry != null && entry.version().equals(version) ? entry.value() : null;
    }

    void put(K key, HistoryVersion version, V value) {
        if (entries.size() >= maxEntries) {
            entries.clear();
        }
        entries.put(key, new Entry<>(version, value));
    }
}
