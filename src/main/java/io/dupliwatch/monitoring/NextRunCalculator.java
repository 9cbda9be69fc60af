package io.dupliwatch.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Computes when a job's next run is expected after its newest run, in one time zone, following
 * {@link JobSchedule}'s rules. Local times that do not exist (the hour skipped when DST starts) resolve to the
 * same wall-clock distance after the gap (02:30 becomes 03:30); repeated local times use the first occurrence.
 */
public final class NextRunCalculator {

    private static final Duration DAY = Duration.ofDays(1);
    private static final Duration MAX_EARLY_MARGIN = Duration.ofMinutes(5);

    private final ZoneId zone;

    public NextRunCalculator(ZoneId zone) {
        this.zone = zone;
    }

    /** The next expected start after a run that started at {@code lastRun}. */
    public Instant nextExpected(JobSchedule schedule, Instant lastRun) {
        if (schedule.anchor() == null) {
            return afterInterval(schedule, lastRun);
        }
        return schedule.interval().isDayBased() ? nextDaySlot(schedule, lastRun) : nextSubDaySlot(schedule, lastRun);
    }

    /** Overdue means strictly later than the expected time plus the tolerance. */
    public static boolean isOverdue(Instant now, Instant nextExpected, Duration tolerance) {
        return now.isAfter(nextExpected.plus(tolerance));
    }

    /**
     * A run starting this little before a slot counts for that slot (a scheduler or clock a bit early, a time of
     * day learned from jittered history): 5 minutes, or a quarter of a shorter interval.
     */
    static Duration earlyMargin(Interval interval) {
        Duration quarter = interval.approximateLength().dividedBy(4);
        return quarter.compareTo(MAX_EARLY_MARGIN) < 0 ? quarter : MAX_EARLY_MARGIN;
    }

    private Instant afterInterval(JobSchedule schedule, Instant lastRun) {
        ZonedDateTime next = schedule.interval().addTo(lastRun.atZone(zone));
        if (schedule.interval().approximateLength().compareTo(DAY) >= 0) {
            for (int i = 0; i < 7 && !schedule.allows(next.getDayOfWeek()); i++) {
                next = next.plusDays(1);
            }
            return next.toInstant();
        }
        // Shorter intervals keep their phase: jump whole steps to the first allowed day.
        long stepMillis = schedule.interval().timePart().toMillis();
        for (int i = 0; i < 8 && !schedule.allows(next.getDayOfWeek()); i++) {
            ZonedDateTime allowedDayStart = nextAllowedDay(schedule, next.toLocalDate()).atStartOfDay(zone);
            long steps = -Math.floorDiv(-Duration.between(next, allowedDayStart).toMillis(), stepMillis);
            next = next.plus(Duration.ofMillis(stepMillis * steps));
        }
        return next.toInstant();
    }

    private Instant nextDaySlot(JobSchedule schedule, Instant lastRun) {
        LocalTime anchor = schedule.anchor();
        Instant probe = lastRun.plus(earlyMargin(schedule.interval()));
        LocalDate slotDay = probe.atZone(zone).toLocalDate();
        if (at(slotDay, anchor).isAfter(probe)) {
            slotDay = slotDay.minusDays(1);
        }
        // A run on an allowed day is a slot's run: the next slot is one interval later. A run on another day was
        // off schedule and does not move the schedule: the next allowed day is due.
        LocalDate next = schedule.allows(slotDay.getDayOfWeek())
                ? schedule.interval().addTo(slotDay.atTime(anchor)).toLocalDate()
                : slotDay.plusDays(1);
        if (!schedule.allows(next.getDayOfWeek())) {
            next = nextAllowedDay(schedule, next);
        }
        TimeWindow window = schedule.window();
        if (window == null) {
            return at(next, anchor);
        }
        return at(window.crossesMidnight() ? next.plusDays(1) : next, window.end());
    }

    private Instant nextSubDaySlot(JobSchedule schedule, Instant lastRun) {
        Duration step = schedule.interval().timePart();
        Instant probe = lastRun.plus(earlyMargin(schedule.interval()));
        // Start the day before: its slots (or a window crossing midnight) may reach past the probe.
        LocalDate day = probe.atZone(zone).toLocalDate().minusDays(1);
        for (int i = 0; i < 10; i++, day = day.plusDays(1)) {
            if (schedule.allows(day.getDayOfWeek())) {
                Instant slot = firstSlotAfter(schedule, day, step, probe);
                if (slot != null) {
                    return slot;
                }
            }
        }
        throw new IllegalStateException("No slot within 10 days for " + schedule);
    }

    /** The day's first slot after {@code probe}, or {@code null} when all of that day's slots are earlier. */
    private Instant firstSlotAfter(JobSchedule schedule, LocalDate day, Duration step, Instant probe) {
        LocalDateTime first = day.atTime(schedule.anchor());
        LocalDateTime probeLocal = LocalDateTime.ofInstant(probe, zone);
        long k = probeLocal.isAfter(first)
                ? Math.max(0, Duration.between(first, probeLocal).toMillis() / step.toMillis() - 1)
                : 0;
        for (;; k++) {
            Duration offset = step.multipliedBy(k);
            boolean inDay = schedule.window() != null
                    ? offset.compareTo(schedule.window().length()) <= 0
                    : offset.compareTo(DAY) < 0;
            if (!inDay) {
                return null;
            }
            Instant slot = ZonedDateTime.of(first.plus(offset), zone).toInstant();
            if (slot.isAfter(probe)) {
                return slot;
            }
        }
    }

    private static LocalDate nextAllowedDay(JobSchedule schedule, LocalDate after) {
        LocalDate day = after.plusDays(1);
        while (!schedule.allows(day.getDayOfWeek())) {
            day = day.plusDays(1);
        }
        return day;
    }

    private Instant at(LocalDate day, LocalTime time) {
        return ZonedDateTime.of(day, time, zone).toInstant();
    }
}
