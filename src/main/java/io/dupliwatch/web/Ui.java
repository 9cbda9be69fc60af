package io.dupliwatch.web;

import java.text.Collator;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.WeekFields;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import gg.jte.Content;
import io.dupliwatch.config.Language;
import io.dupliwatch.config.UrlPath;
import io.dupliwatch.monitoring.HealthStatus;
import io.dupliwatch.report.Operation;
import io.dupliwatch.report.ReadableValues;
import io.dupliwatch.report.RunSummary;

import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * What every template needs from the request: the language and its texts, the configured time zone, number,
 * size, date and relative-time formats, the theme, the CSRF header htmx must send, and the links of the application
 * under its context path.
 */
public final class Ui {

    private final MessageSource messages;
    private final Locale locale;
    private final Locale formats;
    private final boolean formatsChosen;
    private final ZoneId zone;
    private final Instant now;
    private final Theme theme;
    private final CsrfToken csrf;
    private final String contextPath;
    private final String path;
    private final boolean languageChosen;
    private final Strips strips;
    private final ReadableValues values;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter date;
    private final Map<String, String> texts = new HashMap<>();
    /** Date-times shown, by minute (the short time style has no seconds): a page of 1,000 jobs repeats many. */
    private final Map<Long, String> dateTimes = new HashMap<>();
    private String[] tipLabels;

    /**
     * @param locale         the language of the texts (with the browser's region when it is the same language)
     * @param chosenFormats  the locale of dates and numbers the reader picked, {@code null} for the language's
     * @param csrf the request's CSRF token, {@code null} when no CSRF protection is installed
     * @param contextPath    where the application is served, {@code ""} at the root
     * @param path           the request's path (under the context path) and query, where forms such as the language
     *                       switch come back to
     * @param languageChosen the language was chosen in the UI rather than taken from the browser
     * @param strips         renders (once per job version) the history strips
     */
    public Ui(MessageSource messages, Locale locale, Locale chosenFormats, ZoneId zone, Instant now, Theme theme,
              CsrfToken csrf,
              String contextPath, String path, boolean languageChosen, Strips strips) {
        this.messages = messages;
        this.locale = locale;
        this.formatsChosen = chosenFormats != null;
        this.formats = formatsChosen ? chosenFormats : languageFormats(locale);
        this.zone = zone;
        this.now = now;
        this.theme = theme;
        this.csrf = csrf;
        this.contextPath = contextPath;
        this.path = path;
        this.languageChosen = languageChosen;
        this.strips = strips;
        this.values = new ReadableValues(messages, locale, formats, now);
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(formats).withZone(zone);
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(formats).withZone(zone);
    }

    /**
     * The language's own formats: the reader's locale when it names a region (en-GB, fr-CA), else the language's
     * (fr → fr-FR); Hindi in Latin script always as en-IN.
     */
    private static Locale languageFormats(Locale locale) {
        Language language = Language.serving(locale).orElse(Language.EN);
        return locale.getCountry().isEmpty() || language == Language.HI_LATN ? language.formats() : locale;
    }

    /** The text of {@code key} in the request's language, with {@link java.text.MessageFormat} arguments. */
    public String t(String key, Object... args) {
        if (args.length == 0) {
            return texts.computeIfAbsent(key, k -> messages.getMessage(k, null, locale));
        }
        return messages.getMessage(key, args, locale);
    }

    /**
     * The tooltip of a run in a history strip: status and start, duration and upload, and warnings and errors
     * when there are any. Built without {@link java.text.MessageFormat}: a dashboard has thousands of them.
     */
    public String runTip(RunSummary run) {
        if (tipLabels == null) {
            tipLabels = new String[] {t("strip.duration"), t("strip.uploaded"), t("strip.warnings"), t("strip.errors")};
        }
        StringBuilder tip = new StringBuilder(96).append(status(run.status())).append(" · ")
                .append(dateTime(run.beginTime())).append('\n')
                .append(tipLabels[0]).append(' ').append(duration(run.durationSeconds())).append(" · ")
                .append(tipLabels[1]).append(' ').append(size(run.uploadedSize()));
        if (run.warnings() > 0 || run.errors() > 0) {
            tip.append('\n').append(tipLabels[2]).append(' ').append(number(run.warnings())).append(" · ")
                    .append(tipLabels[3]).append(' ').append(number(run.errors()));
        }
        return tip.toString();
    }

    /** A run status (Success, Warning, Error, Fatal, Unknown) in the request's language. */
    public String status(String status) {
        return values.status(status);
    }

    /** A Duplicati operation's name in the request's language ({@code Restore test}). */
    public String operation(Operation operation) {
        return values.operation(operation);
    }

    /** An operation named as Duplicati writes it ({@code RestoreTest}); names Dupliwatch does not know stay as sent. */
    public String operationNamed(String name) {
        return name == null ? "" : values.operationNamed(name);
    }

    /** Several operations' names, comma-separated. */
    public String operations(List<Operation> operations) {
        return operations.stream().map(this::operation).collect(Collectors.joining(", "));
    }

    /** A job's, run's or server's health in the request's language. */
    public String health(HealthStatus health) {
        return t("health." + health.id());
    }

    /** The job's history strip, rendered in this language and time zone. */
    public Content strip(JobLine job) {
        return strips.html(this, job);
    }

    public ZoneId zone() {
        return zone;
    }

    public Locale locale() {
        return locale;
    }

    /** The language tag of the texts, for {@code <html lang>}: {@code de}, {@code pt-BR}, {@code zh-Hans}… */
    public String lang() {
        return Language.serving(locale).orElse(Language.EN).tag();
    }

    /** The locale tag of dates and numbers, for scripts ({@code Intl}) and the display page. */
    public String formats() {
        return formats.toLanguageTag();
    }

    public boolean formatsChosen() {
        return formatsChosen;
    }

    /** The locales the display page offers for formats, named in the reader's language and sorted by that name. */
    public List<FormatChoice> formatChoices() {
        return FormatLocales.all().stream()
                .map(choice -> new FormatChoice(choice.toLanguageTag(), choice.getDisplayName(locale)))
                .sorted(Comparator.comparing(FormatChoice::name, Collator.getInstance(locale)))
                .toList();
    }

    public record FormatChoice(String tag, String name) {
    }

    /** The days of the week in the order of the format locale's calendar: Monday first, or Sunday first. */
    public List<DayOfWeek> week() {
        DayOfWeek first = WeekFields.of(formats).getFirstDayOfWeek();
        return IntStream.range(0, 7).mapToObj(first::plus).toList();
    }

    /** Every UI language, for the language menu. */
    public List<Language> languages() {
        return List.of(Language.values());
    }

    public Theme theme() {
        return theme;
    }

    /** A JSON object with the CSRF header, for {@code hx-headers}; {@code null} without CSRF protection. */
    public String csrfHeaders() {
        return csrf == null ? null : "{\"" + jsonEscape(csrf.getHeaderName()) + "\":\"" + jsonEscape(csrf.getToken()) + "\"}";
    }

    /** The CSRF form field name, {@code null} without CSRF protection. */
    public String csrfParameter() {
        return csrf == null ? null : csrf.getParameterName();
    }

    public String csrfToken() {
        return csrf == null ? null : csrf.getToken();
    }

    public String path() {
        return path;
    }

    /** A page, API or asset of this application from its segments, each encoded: {@code url("servers", id)}. */
    public String url(Object... segments) {
        return contextPath + UrlPath.of(segments);
    }

    /** A path of this application already built and encoded (with its query string), under the context path. */
    public String href(String path) {
        return contextPath + path;
    }

    public boolean languageChosen() {
        return languageChosen;
    }

    public Instant now() {
        return now;
    }

    public String zoneId() {
        return zone.getId();
    }

    /** Comma-separated binary size units of the language, for scripts that format sizes the same way. */
    public String sizeUnitList() {
        return values.sizeUnitList();
    }

    private static String jsonEscape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    public String number(long value) {
        return values.number(value);
    }

    /** Sizes, durations and relative times follow {@link ReadableValues}, as notifications do. */
    public String size(long bytes) {
        return values.size(bytes);
    }

    public String duration(double seconds) {
        return values.duration(seconds);
    }

    public String dateTime(Instant instant) {
        return instant == null ? ""
                : dateTimes.computeIfAbsent(Math.floorDiv(instant.getEpochSecond(), 60), minute -> dateTime.format(instant));
    }

    public String date(Instant instant) {
        return instant == null ? "" : date.format(instant);
    }

    /** For {@code <time datetime>}. */
    public String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    /** How long ago (or how far ahead) an instant is: "3 hours ago", "in 2 days". */
    public String relative(Instant instant) {
        return values.relative(instant);
    }
}
