package io.dupliwatch.collect;

import tools.jackson.databind.JsonNode;

/**
 * The parts of {@code GET /api/v1/systeminfo} that identify a Duplicati server.
 *
 * @param machineName    the OS host name ({@code MachineName})
 * @param machineId      default of the {@code machine-id} option; before 2.3.1.0 the installation id, so it can
 *                       differ from the id in pushed reports. {@code null} if the server lists no such option
 * @param serverVersion  e.g. {@code 2.3.0.4}
 * @param serverTimeZone OS time-zone id (2.1.2+), {@code null} when absent
 */
record DuplicatiSystemInfo(String machineName, String machineId, String serverVersion, String serverTimeZone) {

    static DuplicatiSystemInfo fromJson(JsonNode root) {
        String machineName = DuplicatiJson.text(root.path("MachineName"));
        if (machineName == null || machineName.isBlank()) {
            throw new DuplicatiException(DuplicatiProblem.NOT_DUPLICATI, "systeminfo carries no MachineName");
        }
        String machineId = null;
        for (JsonNode option : root.path("Options")) {
            if ("machine-id".equals(DuplicatiJson.text(option.path("Name")))) {
                machineId = DuplicatiJson.text(option.path("DefaultValue"));
            }
        }
        return new DuplicatiSystemInfo(machineName, machineId,
                DuplicatiJson.text(root.path("ServerVersion")),
                DuplicatiJson.text(root.path("ServerTimeZone")));
    }
}
