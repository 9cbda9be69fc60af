package io.dupliwatch.config;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Values kept between requests while what they were made from has not changed: each is stored with the version of
 * its source (read from the database, so that every instance sharing it agrees) and holds while that version does.
 * Bounded: past {@code maxEntries} it starts afresh rather than tracking which keys are gone.
 */
public final class VersionedCache<K, S, V> {

    private record Entry<S, V>(S version, V value) {
    }

    private final int maxEntries;
    private final Map<K, Entry<S, V>> entries = new ConcurrentHashMap<>();

    public VersionedCache(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    /** The value kept for this key at this version, or null when there is none or it is older. */
    public V get(K key, S version) {
        Entry<S, V> entry = entries.get(key);
        return entry != null && entry.version().equals(version) ? entry.value() : null;
    }

    /** Keeps a value made from data read at {@code version} or later (read the version first, never after). */
    public void put(K key, S version, V value) {
        if (entries.size() >= maxEntries) {
            entries.clear();
        }
        entries.put(key, new Entry<>(version, value));
    }
}
