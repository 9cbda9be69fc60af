package io.dupliwatch.web.run;

import io.dupliwatch.report.RunQueries;
import io.dupliwatch.report.ServerNotFoundException;
import io.dupliwatch.report.ServerDirectory;
import io.dupliwatch.report.StoredRun;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** One run: every statistic Duplicati reported, its logs and the versions left at the destination. */
@Controller
class RunPageController {

    static final String PAGE = "/servers/{serverId}/runs/{runId}";

    private final RunQueries runs;
    private final ServerDirectory servers;

    RunPageController(RunQueries runs, ServerDirectory servers) {
        this.runs = runs;
        this.servers = servers;
    }

    @GetMapping(PAGE)
    String page(@PathVariable String serverId, @PathVariable long runId, Model model) {
        StoredRun run = runs.run(runId).filter(found -> found.run().identity().machineId().equals(serverId))
                .orElseThrow(() -> new ServerNotFoundException(serverId + "/runs/" + runId));
        model.addAttribute("view", new RunPageView(servers.resolve(serverId), run, runs.adjacentRun(run, true).orElse(null),
                runs.adjacentRun(run, false).orElse(null)));
        return "run/run";
    }
}
