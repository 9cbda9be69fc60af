package io.dupliwatch.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads .NET {@code TimeSpan} text ({@code [-][d.]hh:mm:ss[.fffffff]}), the format of Duplicati's {@code Duration}. */
public final class DotNetTimeSpan {

    private static final Pattern FORMAT =
            Pattern.compile("(-)?(?:(\\d{1,9})\\.)?(\\d{1,2}):(\\d{1,2}):(\\d{1,2})(?:\\.(\\d{1,7}))?");

    /** Days of {@code TimeSpan.MaxValue}: no longer duration comes from Duplicati. */
    private static final long MAX_DAYS = 10_675_199;

    private DotNetTimeSpan() {
    }

    /**
     * @return the duration in seconds, fraction kept exactly as written
     * @throws IllegalArgumentException when the text is not a TimeSpan
     */
    public static double toSeconds(String text) {
        Matcher m = FORMAT.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a duration ([d.]hh:mm:ss[.fffffff]): " + text);
        }
        long days = m.group(2) == null ? 0 : Long.parseLong(m.group(2));
        if (days > MAX_DAYS) {
            throw new IllegalArgumentException("more days than a TimeSpan holds (" + MAX_DAYS + "): " + text);
        }
        long whole = days * 86_400 + Long.parseLong(m.group(3)) * 3_600 + Long.parseLong(m.group(4)) * 60
                + Long.parseLong(m.group(5));
        // Parsing the decimal text (not adding doubles) gives the same value a JSON reader would: 312.3456789.
        double seconds = Double.parseDouble(m.group(6) == null ? Long.toString(whole) : whole + "." + m.group(6));
        return m.group(1) == null ? seconds : -seconds;
    }
}
