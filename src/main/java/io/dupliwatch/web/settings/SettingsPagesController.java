package io.dupliwatch.web.settings;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.dupliwatch.collect.MergeCandidates;
import io.dupliwatch.config.Language;
import io.dupliwatch.monitoring.MonitoringSettingsService;
import io.dupliwatch.monitoring.OverdueBoard;
import io.dupliwatch.report.RunSummary;
import io.dupliwatch.report.ServerDirectory;
import io.dupliwatch.web.FormatLocales;
import io.dupliwatch.web.JobLine;
import io.dupliwatch.web.ServerCards;
import io.dupliwatch.web.Theme;
import io.dupliwatch.web.TimeZoneChoice;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The settings pages. They read through the features' services and change things through the features' JSON
 * APIs ({@code static/js/settings.js}); only the display choices, kept in cookies, are saved here.
 */
@Controller
class SettingsPagesController {

    static final String BASE = "/settings";

    private final MonitoringSettingsService monitoring;
    private final OverdueBoard board;
    private final ServerCards servers;
    private final ServerDirectory directory;
    private final LocaleResolver locales;
    private final MergeCandidates mergeCandidates;

    SettingsPagesController(MonitoringSettingsService monitoring, OverdueBoard board, ServerCards servers,
                       ServerDirectory directory, LocaleResolver locales, MergeCandidates mergeCandidates) {
        this.mergeCandidates = mergeCandidates;
        this.monitoring = monitoring;
        this.board = board;
        this.servers = servers;
        this.directory = directory;
        this.locales = locales;
    }

    @GetMapping(BASE)
    String index() {
        return "redirect:" + BASE + "/monitoring";
    }

    @GetMapping(BASE + "/monitoring")
    String monitoring(Model model) {
        model.addAttribute("global", monitoring.global());
        model.addAttribute("jobs", board.all());
        return "settings/monitoring";
    }

    @GetMapping(BASE + "/notifications")
    String notifications(Model model) {
        model.addAttribute("jobs", board.all());
        // Template previews render a stored run: the newest one there is.
        model.addAttribute("previewRunId", servers.allWithoutHistory().stream()
                .flatMap(card -> card.jobs().stream())
                .map(JobLine::latest).filter(Objects::nonNull)
                .max(Comparator.comparing(RunSummary::beginTime))
                .map(RunSummary::runId).orElse(null));
        return "settings/notifications";
    }

    @GetMapping(BASE + "/servers")
    String servers(Model model) {
        Set<String> archived = directory.archivedIds();
        Map<String, Integer> jobs = new HashMap<>();
        servers.allWithoutHistory().forEach(card -> jobs.put(card.id(), card.jobs().size()));
        Map<String, ZoneId> zones = directory.timeZones();
        ZoneId global = monitoring.timeZone();
        model.addAttribute("servers", directory.all().stream()
                .map(server -> new ServerSettingsRow(server, archived.contains(server.id()), jobs.getOrDefault(server.id(), 0),
                        new TimeZoneChoice(zones.get(server.id()), global)))
                .toList());
        model.addAttribute("mergeCandidates", mergeCandidates.find());
        return "settings/servers";
    }

    @GetMapping(BASE + "/display")
    String display() {
        return "settings/display";
    }

    /**
     * Theme and formats, remembered by this browser, and language, also remembered on the account.
     *
     * @param formats a locale tag of {@link FormatLocales}, or empty (or unknown) for the language's formats
     */
    @PostMapping(BASE + "/display")
    String saveDisplay(@RequestParam String theme, @RequestParam String lang,
                       @RequestParam(defaultValue = "") String formats, HttpServletRequest request,
                       HttpServletResponse response) {
        Theme chosen = Theme.valueOf(theme.toUpperCase(Locale.ROOT));
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(Theme.COOKIE, chosen.attribute())
                .path("/").sameSite("Lax").maxAge(Duration.ofDays(365)).build().toString());
        Optional<Locale> chosenFormats = FormatLocales.fromCookie(formats);
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(FormatLocales.COOKIE,
                        chosenFormats.map(Locale::toLanguageTag).orElse("")).path("/").sameSite("Lax")
                .maxAge(chosenFormats.isPresent() ? Duration.ofDays(365) : Duration.ZERO).build().toString());
        locales.setLocale(request, response, Language.ofTag(lang).map(Language::locale).orElse(null));
        return "redirect:" + BASE + "/display?saved";
    }
}
