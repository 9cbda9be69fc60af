package io.dupliwatch.web.dashboard;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.dupliwatch.web.WebProperties;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The dashboard at {@code /}: the page, the board redrawn by its controls, and live changes. */
@Controller
class DashboardController {

    static final String PAGE = "/";
    static final String CHANGES = "/dashboard/changes";

    /** The query parameters of the board: layout, order, direction, filter text and page (from 1). */
    record BoardParams(String view, String sort, String dir, String q, Integer page) {

        BoardOptions options(String remembered) {
            return BoardOptions.of(view, sort, dir, q, remembered);
        }

        int pageOrFirst() {
            return page == null ? 1 : page;
        }
    }

    private final Dashboard dashboard;
    private final WebProperties properties;

    DashboardController(Dashboard dashboard, WebProperties properties) {
        this.dashboard = dashboard;
        this.properties = properties;
    }

    @GetMapping(PAGE)
    String page(BoardParams params, @CookieValue(name = BoardOptions.COOKIE, required = false) String remembered,
                HttpServletRequest request, HttpServletResponse response, Model model) {
        model.addAttribute("view", dashboard.view(remember(params, remembered, response), params.pageOrFirst(),
                uploadUrl(request)));
        return "dashboard/dashboard";
    }

    /** The board alone, for the filter, order and layout controls (swapped out of band with the tiles). */
    @GetMapping(value = PAGE, headers = {"HX-Request=true", "!HX-History-Restore-Request"})
    String board(BoardParams params, @CookieValue(name = BoardOptions.COOKIE, required = false) String remembered,
                 HttpServletRequest request, HttpServletResponse response, Model model) {
        model.addAttribute("view", dashboard.view(remember(params, remembered, response), params.pageOrFirst(),
                uploadUrl(request)));
        return "dashboard/boardUpdate";
    }

    /** Cards or rows of the page shown changed after version {@code since}, as out-of-band swaps. */
    @GetMapping(CHANGES)
    String changes(BoardParams params, @RequestParam(defaultValue = "-1") long since,
                   @RequestParam(defaultValue = "") String shown,
                   @CookieValue(name = BoardOptions.COOKIE, required = false) String remembered,
                   HttpServletRequest request, Model model) {
        model.addAttribute("changes", dashboard.changes(params.options(remembered), params.pageOrFirst(), shown, since,
                uploadUrl(request)));
        return "dashboard/changes";
    }

    /** The options asked for; an explicit layout or order is remembered for the next visit. */
    private static BoardOptions remember(BoardParams params, String remembered, HttpServletResponse response) {
        BoardOptions options = params.options(remembered);
        if (params.view() != null || params.sort() != null) {
            response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(BoardOptions.COOKIE, options.cookieValue())
                    .path("/").sameSite("Lax").maxAge(Duration.ofDays(365)).build().toString());
        }
        return options;
    }

    private String uploadUrl(HttpServletRequest request) {
        String base = properties.publicUrl().isBlank()
                ? ServletUriComponentsBuilder.fromContextPath(request).build().toUriString()
                : properties.publicUrl().replaceAll("/+$", "");
        return base + "/api/upload";
    }
}
