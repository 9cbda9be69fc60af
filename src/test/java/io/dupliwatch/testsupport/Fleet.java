package io.dupliwatch.testsupport;

import java.time.Duration;
import java.time.Instant;

/**
 * Posts job histories to a running server: {@code history("SSWSE")} is five runs, oldest first, one every
 * {@code every}, the newest {@code lastAgo} before now (S Success, W Warning, E Error, F Fatal).
 */
public final class Fleet {

    private final Http http;
    private final Instant now;

    public Fleet(Http http, Instant now) {
        this.http = http;
        this.now = now;
    }

    public Fleet job(String machineId, String machineName, String backupName, String history, Duration every,
                     Duration lastAgo) {
        int runs = history.length();
        for (int i = 0; i < runs; i++) {
            Instant begin = now.minus(lastAgo).minus(every.multipliedBy(runs - 1L - i));
            long scale = Math.abs((machineName + backupName).hashCode() % 40) + 10;
            Reports report = Reports.backup(status(history.charAt(i)))
                    .server(machineId, machineName)
                    .job(backupName)
                    .started(begin, Duration.ofSeconds(60 + (i * 37L + scale * 11) % 600))
                    .figures(40_000 * scale + i * 35L, scale * 9_000_000_000L + i * 150_000_000L,
                            (20 + (i * 53L + scale) % 300) * 1_048_576L, scale * 4_000_000_000L + i * 90_000_000L,
                            8 + i);
            Http.Reply reply = http.upload(report.json());
            if (reply.status() != 200) {
                throw new IllegalStateException("upload refused: " + reply.status() + " " + reply.body());
            }
        }
        return this;
    }

    private static String status(char code) {
        return switch (code) {
            case 'S' -> "Success";
            case 'W' -> "Warning";
            case 'E' -> "Error";
            case 'F' -> "Fatal";
            default -> throw new IllegalArgumentException("run code " + code);
        };
    }
}
