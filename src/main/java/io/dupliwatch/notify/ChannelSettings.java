package io.dupliwatch.notify;

/**
 * The typed configuration of one channel: a record per kind, bound from JSON and checked with Bean Validation.
 * Components marked {@link Secret} are stored encrypted and never returned by the API.
 */
public interface ChannelSettings {
}
