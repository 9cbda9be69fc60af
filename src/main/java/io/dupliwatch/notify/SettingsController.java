package io.dupliwatch.notify;

import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import io.dupliwatch.notify.NotificationSettings.JobSettings;
import io.dupliwatch.notify.NotificationSettings.JobSettingsRequest;
import io.dupliwatch.report.JobRef;
import io.dupliwatch.report.Server;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Per-job and per-server notification settings. */
@RestController
class SettingsController {

    /**
     * @param channels           every channel, {@code enabled} saying whether it is on for this job
     * @param extraRecipients    the job's own lists; a kind left out is inherited from the server
     * @param serverRecipients   the server's lists
     * @param effectiveRecipients what is used: the job's lists over the server's
     */
    record JobSettingsResponse(long jobId, String serverId, String backupName, NotificationFilter filter,
                               List<JobChannel> channels, ObjectNode extraRecipients, ObjectNode serverRecipients,
                               ObjectNode effectiveRecipients) {
    }

    record JobChannel(long id, String name, ChannelKind kind, boolean channelEnabled, boolean enabled) {
    }

    record ServerSettingsRequest(JsonNode extraRecipients) {
    }

    record ServerSettingsResponse(String serverId, String serverName, ObjectNode extraRecipients) {
    }

    private final NotificationSettings settings;
    private final NotificationChannels channels;
    private final JsonMapper json;

    SettingsController(NotificationSettings settings, NotificationChannels channels, JsonMapper json) {
        this.settings = settings;
        this.channels = channels;
        this.json = json;
    }

    @GetMapping("/api/notifications/jobs/{jobId}")
    JobSettingsResponse job(@PathVariable long jobId) {
        return jobResponse(settings.job(jobId), settings.jobSettings(jobId));
    }

    @PutMapping("/api/notifications/jobs/{jobId}")
    JobSettingsResponse updateJob(@PathVariable long jobId, @RequestBody JobSettingsRequest request) {
        JobRef job = settings.job(jobId);
        return jobResponse(job, settings.updateJob(jobId, request));
    }

    @GetMapping("/api/notifications/servers/{serverId}")
    ServerSettingsResponse server(@PathVariable String serverId) {
        Server server = settings.server(serverId);
        return new ServerSettingsResponse(server.id(), server.name(),
                settings.serverRecipients(server.id()).toJson(json));
    }

    @PutMapping("/api/notifications/servers/{serverId}")
    ServerSettingsResponse updateServer(@PathVariable String serverId, @RequestBody ServerSettingsRequest request) {
        Server server = settings.server(serverId);
        return new ServerSettingsResponse(server.id(), server.name(),
                settings.updateServer(server.id(), request.extraRecipients()).toJson(json));
    }

    private JobSettingsResponse jobResponse(JobRef job, JobSettings jobSettings) {
        ExtraRecipients server = settings.serverRecipients(job.serverId());
        List<JobChannel> jobChannels = channels.all().stream()
                .map(c -> new JobChannel(c.id(), c.name(), c.kind(), c.enabled(),
                        jobSettings.channelOn(c.id())))
                .toList();
        return new JobSettingsResponse(job.id(), job.serverId(), job.backupName(), jobSettings.filter(), jobChannels,
                jobSettings.extraRecipients().toJson(json), server.toJson(json),
                jobSettings.extraRecipients().over(server).toJson(json));
    }
}
