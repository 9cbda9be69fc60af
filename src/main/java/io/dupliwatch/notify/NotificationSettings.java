package io.dupliwatch.notify;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.dupliwatch.errors.NotFoundException;
import io.dupliwatch.notify.ChannelRepository.ChannelRow;
import io.dupliwatch.report.AmbiguousServerNameException;
import io.dupliwatch.report.JobRef;
import io.dupliwatch.report.RunQueries;
import io.dupliwatch.report.Server;
import io.dupliwatch.report.ServerDirectory;
import io.dupliwatch.report.ServerNotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who hears about a job: its run filter, which channels are on for it, and extra recipients (its own, else
 * its server's). A job without stored settings uses the defaults: filter {@code warnings}, every channel on.
 */
@Service
class NotificationSettings {

    /** Settings of one job; {@code channels} holds only explicit switches. */
    record JobSettings(NotificationFilter filter, Map<Long, Boolean> channels, ExtraRecipients extraRecipients) {

        static final JobSettings DEFAULT = new JobSettings(NotificationFilter.DEFAULT, Map.of(), ExtraRecipients.NONE);

        boolean channelOn(long channelId) {
            return channels.getOrDefault(channelId, true);
        }
    }

    /** One place an event goes: a channel, possibly redirected to an extra recipient. */
    record Destination(long channelId, String channelName, ChannelKind channelKind, String recipient) {
    }

    record Routing(NotificationFilter filter, List<Destination> destinations) {
    }

    /** What a client sends for a job; absent parts take their default (filter warnings, channels on, inherit). */
    record JobSettingsRequest(String filter, Map<String, Boolean> channels, JsonNode extraRecipients) {
    }

    private final SettingsRepository repository;
    private final ChannelRepository channels;
    private final RunQueries runs;
    private final ServerDirectory servers;
    private final JsonMapper json;
    private final Clock clock;

    NotificationSettings(SettingsRepository repository, ChannelRepository channels, RunQueries runs,
                         ServerDirectory servers, JsonMapper json, Clock clock) {
        this.repository = repository;
        this.channels = channels;
        this.runs = runs;
        this.servers = servers;
        this.json = json;
        this.clock = clock;
    }

    JobRef job(long jobId) {
        return runs.job(jobId)
                .orElseThrow(() -> new NotFoundException("No job with id " + jobId));
    }

    /** The server with this id (or unambiguous name). */
    Server server(String serverId) {
        try {
            return servers.resolve(serverId);
        }
        catch (ServerNotFoundException e) {
            throw new NotFoundException("No server with id " + serverId);
        }
        catch (AmbiguousServerNameException e) {
            throw new InvalidFieldException("serverId", "several servers have this name, use the server id");
        }
    }

    JobSettings jobSettings(long jobId) {
        return repository.findJob(jobId)
                .map(row -> new JobSettings(NotificationFilter.fromId(row.filter()).orElseThrow(),
                        repository.findJobChannels(jobId), ExtraRecipients.fromStored(json, row.extraRecipients())))
                .orElse(JobSettings.DEFAULT);
    }

    ExtraRecipients serverRecipients(String serverId) {
        return repository.findServerRecipients(serverId)
                .map(stored -> ExtraRecipients.fromStored(json, stored))
                .orElse(ExtraRecipients.NONE);
    }

    @Transactional
    JobSettings updateJob(long jobId, JobSettingsRequest request) {
        job(jobId);
        NotificationFilter filter = request.filter() == null ? NotificationFilter.DEFAULT
                : NotificationFilter.fromId(request.filter()).orElseThrow(() -> new InvalidFieldException("filter",
                        "must be one of all, warnings, errors, off", "problem.field.oneOf", "all, warnings, errors, off"));
        Set<Long> known = channels.findAll().stream().map(ChannelRow::id).collect(Collectors.toSet());
        Map<Long, Boolean> switches = new HashMap<>();
        if (request.channels() != null) {
            request.channels().forEach((key, on) -> {
                Long id = parseId(key);
                if (id == null || !known.contains(id)) {
                    throw new InvalidFieldException("channels." + key, "no such channel", "problem.notify.noSuchChannel");
                }
                if (on == null) {
                    throw new InvalidFieldException("channels." + key, "must be true or false", "problem.field.boolean");
                }
                switches.put(id, on);
            });
        }
        ExtraRecipients extra = ExtraRecipients.parse(request.extraRecipients(), "extraRecipients");
        repository.saveJob(jobId, filter.id(), extra.toJson(json).toString(), switches, clock.instant());
        return jobSettings(jobId);
    }

    @Transactional
    ExtraRecipients updateServer(String serverId, JsonNode extraRecipients) {
        Server server = server(serverId);
        ExtraRecipients extra = ExtraRecipients.parse(extraRecipients, "extraRecipients");
        repository.saveServer(server.id(), extra.toJson(json).toString(), clock.instant());
        return extra;
    }

    /** Where an event of this job goes: every enabled channel on for the job, plus its extra recipients. */
    Routing routeFor(long jobId, String serverId) {
        JobSettings settings = jobSettings(jobId);
        ExtraRecipients recipients = settings.extraRecipients().over(serverRecipients(serverId));
        List<Destination> destinations = new ArrayList<>();
        for (ChannelRow channel : channels.findEnabled()) {
            if (settings.channelOn(channel.id())) {
                destinations.add(new Destination(channel.id(), channel.name(), channel.kind(), null));
                recipients.of(channel.kind()).forEach(r -> destinations.add(
                        new Destination(channel.id(), channel.name(), channel.kind(), r)));
            }
        }
        return new Routing(settings.filter(), destinations);
    }

    private static Long parseId(String key) {
        try {
            return Long.valueOf(key);
        }
        catch (NumberFormatException e) {
            return null;
        }
    }
}
