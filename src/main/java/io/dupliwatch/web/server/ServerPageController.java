package io.dupliwatch.web.server;

import io.dupliwatch.monitoring.MonitoringSettingsService;
import io.dupliwatch.report.OperationQueries;
import io.dupliwatch.report.RunQueries;
import io.dupliwatch.report.ServerDirectory;
import io.dupliwatch.report.ServerNotFoundException;
import io.dupliwatch.web.JobLine;
import io.dupliwatch.web.ServerCard;
import io.dupliwatch.web.ServerCards;
import io.dupliwatch.web.TimeZoneChoice;
import io.dupliwatch.web.WebProperties;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A server's page: its jobs, charts, run history and operations; the history or the operations alone for their
 * own controls.
 */
@Controller
class ServerPageController {

    static final String PAGE = "/servers/{serverId}";

    /** Query parameters: the selected job, what the history shows and what the operations list shows. */
    record PageParams(Long job, String status, String sort, String dir, Integer page, String operation,
                      Integer opsPage) {
    }

    private final ServerCards servers;
    private final RunQueries runs;
    private final OperationQueries operations;
    private final WebProperties properties;
    private final ServerDirectory directory;
    private final MonitoringSettingsService monitoring;

    ServerPageController(ServerCards servers, RunQueries runs, OperationQueries operations, WebProperties properties,
                         ServerDirectory directory, MonitoringSettingsService monitoring) {
        this.servers = servers;
        this.runs = runs;
        this.operations = operations;
        this.properties = properties;
        this.directory = directory;
        this.monitoring = monitoring;
    }

    @GetMapping(PAGE)
    String page(@PathVariable String serverId, PageParams params, Model model) {
        model.addAttribute("view", view(serverId, params));
        return "server/server";
    }

    @GetMapping(value = PAGE, headers = {"HX-Request=true", "HX-Target=history"})
    String history(@PathVariable String serverId, PageParams params, Model model) {
        model.addAttribute("view", view(serverId, params));
        return "server/history";
    }

    @GetMapping(value = PAGE, headers = {"HX-Request=true", "HX-Target=operations"})
    String operations(@PathVariable String serverId, PageParams params, Model model) {
        model.addAttribute("view", view(serverId, params));
        return "server/operationList";
    }

    private ServerPageView view(String serverId, PageParams params) {
        ServerCard server = servers.one(serverId).orElseThrow(() -> new ServerNotFoundException(serverId));
        JobLine job = params.job() == null ? null
                : server.job(params.job()).orElseThrow(() -> new ServerNotFoundException(serverId + "/" + params.job()));
        HistoryOptions history = HistoryOptions.of(serverId, params.job(), params.status(), params.sort(),
                params.dir(), params.page());
        OperationOptions operationOptions = OperationOptions.of(serverId, params.job(), params.operation(),
                params.opsPage());
        return new ServerPageView(server, job, history, runs.history(history.query(properties.historyPageSize())),
                new TimeZoneChoice(directory.timeZone(server.id()).orElse(null), monitoring.timeZone()),
                operationOptions, operations.page(serverId, params.job(), operationOptions.operation(),
                        operationOptions.page(), properties.historyPageSize()));
    }
}
