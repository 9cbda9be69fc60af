package io.dupliwatch.monitoring;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Learns a job's schedule from the start times of its newest runs: the interval (the common one closest to the
 * median gap that best predicts each next run), the weekdays (those seen at least twice, once the history spans
 * two weeks) and, for daily or longer intervals, the time of day (the start of the densest hour of start times,
 * rounded down to 5 minutes, when it holds most runs).
 */
public final class ScheduleInference {

    public static final int MIN_RUNS = 3;

    private static final List<Interval> COMMON_INTERVALS = List.of("5m", "10m", "15m", "20m", "30m", "1h", "2h", "3h",
            "4h", "6h", "8h", "12h", "1D", "2D", "3D", "1W", "2W", "1M").stream().map(Interval::parse).toList();
    private static final Duration WEEKDAY_EVIDENCE_SPAN = Duration.ofDays(14);
    private static final int MINUTES_PER_DAY = 24 * 60;
    private static final int CLUSTER_MINUTES = 60;
    private static final double CLUSTER_SHARE = 0.6;
    private static final Duration MAX_SLACK = Duration.ofHours(1);
    private static final double PAIRS_FOR_FULL_CONFIDENCE = 6;

    private final NextRunCalculator calculator;
    private final ZoneId zone;

    public ScheduleInference(ZoneId zone) {
        this.zone = zone;
        this.calculator = new NextRunCalculator(zone);
    }

    /** A suggestion, or empty with fewer than {@value #MIN_RUNS} distinct start times. */
    public Optional<ScheduleSuggestion> infer(Collection<Instant> startTimes) {
        List<Instant> runs = startTimes.stream().distinct().sorted().toList();
        if (runs.size() < MIN_RUNS) {
            return Optional.empty();
        }
        Duration median = medianGap(runs);
        LocalTime clusterTime = clusterTimeOfDay(runs);
        boolean weekdayEvidence = Duration.between(runs.get(0), runs.get(runs.size() - 1))
                .compareTo(WEEKDAY_EVIDENCE_SPAN) >= 0;

        JobSchedule best = null;
        double bestScore = -1;
        for (Interval interval : candidates(median)) {
            LocalTime timeOfDay = interval.isDayBased() ? clusterTime : null;
            Set<DayOfWeek> weekdays = weekdayEvidence ? observedWeekdays(runs, interval, timeOfDay) : JobSchedule.ALL_DAYS;
            JobSchedule candidate = new JobSchedule(interval, weekdays, timeOfDay, null, null);
            double score = predictedShare(candidate, runs);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        double confidence = bestScore * Math.min(1, (runs.size() - 1) / PAIRS_FOR_FULL_CONFIDENCE);
        return Optional.of(new ScheduleSuggestion(best.interval(), best.weekdays(), best.timeOfDay(),
                Math.round(confidence * 100) / 100.0, runs.size(), null));
    }

    /** Common intervals between half and twice the median gap, shortest first; at least the nearest one. */
    private static List<Interval> candidates(Duration median) {
        List<Interval> near = COMMON_INTERVALS.stream()
                .filter(i -> i.approximateLength().compareTo(median.dividedBy(2)) >= 0
                        && i.approximateLength().compareTo(median.multipliedBy(2)) <= 0)
                .toList();
        if (!near.isEmpty()) {
            return near;
        }
        Interval nearest = COMMON_INTERVALS.get(0);
        for (Interval interval : COMMON_INTERVALS) {
            if (distance(interval, median) < distance(nearest, median)) {
                nearest = interval;
            }
        }
        return List.of(nearest);
    }

    private static double distance(Interval interval, Duration length) {
        return Math.abs(Math.log((double) interval.approximateLength().toSeconds() / Math.max(1, length.toSeconds())));
    }

    private static Duration medianGap(List<Instant> runs) {
        long[] gaps = new long[runs.size() - 1];
        for (int i = 1; i < runs.size(); i++) {
            gaps[i - 1] = Duration.between(runs.get(i - 1), runs.get(i)).toSeconds();
        }
        Arrays.sort(gaps);
        return Duration.ofSeconds(gaps[gaps.length / 2]);
    }

    /** The start of the densest hour of local start times, rounded down to 5 minutes, if most runs fall in it. */
    private LocalTime clusterTimeOfDay(List<Instant> runs) {
        int[] minutes = runs.stream().mapToInt(run -> run.atZone(zone).toLocalTime().toSecondOfDay() / 60).toArray();
        int bestStart = 0;
        int bestCount = 0;
        for (int start : minutes) {
            int count = 0;
            for (int minute : minutes) {
                if (Math.floorMod(minute - start, MINUTES_PER_DAY) <= CLUSTER_MINUTES) {
                    count++;
                }
            }
            if (count > bestCount) {
                bestStart = start;
                bestCount = count;
            }
        }
        if (bestCount < CLUSTER_SHARE * runs.size()) {
            return null;
        }
        return LocalTime.ofSecondOfDay((bestStart - bestStart % 5) * 60L);
    }

    /** Weekdays of the slots the runs belong to, each seen at least twice. */
    private Set<DayOfWeek> observedWeekdays(List<Instant> runs, Interval interval, LocalTime timeOfDay) {
        Map<DayOfWeek, Integer> counts = new EnumMap<>(DayOfWeek.class);
        Duration margin = NextRunCalculator.earlyMargin(interval);
        for (Instant run : runs) {
            LocalDate slotDay = timeOfDay == null
                    ? run.atZone(zone).toLocalDate()
                    : run.plus(margin).atZone(zone).toLocalDateTime().minusSeconds(timeOfDay.toSecondOfDay()).toLocalDate();
            counts.merge(slotDay.getDayOfWeek(), 1, Integer::sum);
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        counts.forEach((day, count) -> {
            if (count >= 2) {
                days.add(day);
            }
        });
        return days.isEmpty() ? JobSchedule.ALL_DAYS : days;
    }

    /** The share of runs that came when the schedule expected them after the previous run. */
    private double predictedShare(JobSchedule schedule, List<Instant> runs) {
        Duration quarter = schedule.interval().approximateLength().dividedBy(4);
        Duration slack = quarter.compareTo(MAX_SLACK) < 0 ? quarter : MAX_SLACK;
        int predicted = 0;
        for (int i = 1; i < runs.size(); i++) {
            Instant expected = calculator.nextExpected(schedule, runs.get(i - 1));
            if (Duration.between(expected, runs.get(i)).abs().compareTo(slack) <= 0) {
                predicted++;
            }
        }
        return (double) predicted / (runs.size() - 1);
    }
}
