package io.dupliwatch.monitoring;

/** A job's monitoring switch and schedule. */
public record JobSettings(boolean enabled, JobSchedule schedule) {
}
