package io.dupliwatch.monitoring;

import java.time.ZoneId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import io.dupliwatch.report.Server;
import io.dupliwatch.report.ServerDirectory;

import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The zone a server's schedules are read in, as {@code PATCH /api/servers/{serverId}} sets it. */
@RestController
@Tag(name = "Monitoring", description = "Schedules, tolerance, overdue state and reminders")
class ServerTimeZoneController {

    /**
     * @param timeZone          the server's own zone, {@code null} when it has none
     * @param effectiveTimeZone the zone in force: its own, else the global one
     */
    record ServerTimeZoneResponse(String serverId, String timeZone, String effectiveTimeZone) {
    }

    private final ServerDirectory servers;
    private final MonitoringSettingsService settings;

    ServerTimeZoneController(ServerDirectory servers, MonitoringSettingsService settings) {
        this.servers = servers;
        this.settings = settings;
    }

    /** A JSON merge patch: {@code "timeZone": "Europe/Berlin"} sets the zone, {@code null} or {@code ""} clears it. */
    @PatchMapping("/api/servers/{serverId}")
    @Operation(operationId = "patchServer", summary = "Set the time zone a server's schedules are read in",
            description = "Body {\"timeZone\": \"Europe/Berlin\"}: an IANA id; null or \"\" returns to the global "
                    + "monitoring zone (until a collection reads Duplicati's ServerTimeZone). A zone set here is never "
                    + "replaced by a collection. Unknown ids: 400 naming timeZone.")
    ServerTimeZoneResponse patch(@Parameter(description = "Server id, name or former name") @PathVariable String serverId,
                                 @RequestBody ObjectNode patch) {
        Server found = servers.resolve(serverId);
        if (patch.has("timeZone")) {
            JsonNode value = patch.get("timeZone");
            if (!value.isNull() && !value.isString()) {
                throw new InvalidScheduleException("timeZone", "timeZone must be a string such as Europe/Berlin, or null");
            }
            settings.chooseServerTimeZone(found.id(), ServerTimeZones.require("timeZone", value.isNull() ? null : value.asString()));
        }
        ZoneId own = servers.timeZone(found.id()).orElse(null);
        return new ServerTimeZoneResponse(found.id(), own == null ? null : own.getId(),
                settings.timeZoneOf(found.id()).getId());
    }
}
