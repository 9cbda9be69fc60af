package io.dupliwatch.web.run;

import io.dupliwatch.report.OperationQueries;
import io.dupliwatch.report.ServerDirectory;
import io.dupliwatch.report.ServerNotFoundException;
import io.dupliwatch.report.StoredOperationRun;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** One restore, verification or other operation: its status, its own figures and its logs. */
@Controller
class OperationPageController {

    static final String PAGE = "/servers/{serverId}/operations/{operationRunId}";

    private final OperationQueries operations;
    private final ServerDirectory servers;

    OperationPageController(OperationQueries operations, ServerDirectory servers) {
        this.operations = operations;
        this.servers = servers;
    }

    @GetMapping(PAGE)
    String page(@PathVariable String serverId, @PathVariable long operationRunId, Model model) {
        StoredOperationRun run = operations.run(operationRunId)
                .filter(found -> found.run().run().identity().machineId().equals(serverId))
                .orElseThrow(() -> new ServerNotFoundException(serverId + "/operations/" + operationRunId));
        model.addAttribute("view", new OperationPageView(servers.resolve(serverId), run));
        return "run/operation";
    }
}
