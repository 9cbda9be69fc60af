package io.dupliwatch.monitoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Monitoring settings, job states, schedule suggestions and check-now, as JSON under {@value #BASE}. */
@RestController
@RequestMapping(MonitoringController.BASE)
@Tag(name = "Monitoring", description = "Schedules, tolerance, overdue state and reminders")
class MonitoringController {

    static final String BASE = "/api/monitoring";
    private static final String OPERATION_INTERVALS = "operationIntervals";

    private final MonitoringSettingsService settings;
    private final OverdueBoard board;
    private final ScheduleSuggestions suggestions;
    private final OverdueDetector detector;
    private final JsonMapper json;

    MonitoringController(MonitoringSettingsService settings, OverdueBoard board, ScheduleSuggestions suggestions,
                         OverdueDetector detector, JsonMapper json) {
        this.json = json;
        this.settings = settings;
        this.board = board;
        this.suggestions = suggestions;
        this.detector = detector;
    }

    @GetMapping("/settings")
    @Operation(operationId = "globalSettings", summary = "The global monitoring settings")
    GlobalSettingsResponse globalSettings() {
        return GlobalSettingsResponse.of(settings.global());
    }

    @PutMapping("/settings")
    @Operation(operationId = "updateGlobalSettings", summary = "Change the global monitoring settings")
    GlobalSettingsResponse updateGlobalSettings(@RequestBody GlobalSettingsRequest request) {
        return GlobalSettingsResponse.of(settings.updateGlobal(request.toOverrides()));
    }

    @GetMapping("/jobs")
    @Operation(operationId = "monitoredJobs", summary = "Every job's schedule, next expected run and overdue state")
    List<JobMonitoringResponse> jobs() {
        return board.all().stream().map(JobMonitoringResponse::of).toList();
    }

    @GetMapping("/jobs/{jobId}")
    @Operation(operationId = "monitoredJob", summary = "One job's schedule, next expected run and overdue state")
    JobMonitoringResponse job(@PathVariable long jobId) {
        return view(jobId);
    }

    @PutMapping("/jobs/{jobId}")
    @Operation(operationId = "updateMonitoredJob", summary = "Change one job's monitoring settings")
    JobMonitoringResponse updateJob(@PathVariable long jobId, @RequestBody JobMonitoringRequest request) {
        if (request.jobId() != null && request.jobId() != jobId) {
            throw new InvalidScheduleException("jobId", "jobId %d does not match the path (%d)".formatted(request.jobId(), jobId));
        }
        settings.updateJob(jobId, request.toSettings());
        return view(jobId);
    }

    /**
     * Changes only the fields present in the body (a JSON merge patch: {@code null} clears a field, an absent one
     * keeps its value); {@code PUT} replaces the whole record.
     */
    @PatchMapping("/jobs/{jobId}")
    @Operation(operationId = "patchMonitoredJob", summary = "Change some of one job's monitoring settings")
    JobMonitoringResponse patchJob(@PathVariable long jobId, @RequestBody ObjectNode patch) {
        JsonNode id = patch.get("jobId");
        if (id != null && !id.isNull() && id.asLong() != jobId) {
            throw new InvalidScheduleException("jobId", "jobId %s does not match the path (%d)".formatted(id, jobId));
        }
        settings.updateJob(jobId, patched(jobId, patch).toSettings());
        return view(jobId);
    }

    /** Updates several jobs at once, all or none; errors name the element, e.g. {@code [2].interval}. */
    @PutMapping("/jobs")
    @Operation(operationId = "updateMonitoredJobs", summary = "Change several jobs' monitoring settings at once")
    List<JobMonitoringResponse> updateJobs(@RequestBody List<JobMonitoringRequest> requests) {
        return updateMany(requests, request -> request);
    }

    /** Like {@code PATCH /jobs/{jobId}} for several jobs at once (each element names its {@code jobId}), all or none. */
    @PatchMapping("/jobs")
    @Operation(operationId = "patchMonitoredJobs", summary = "Change some monitoring settings of several jobs at once")
    List<JobMonitoringResponse> patchJobs(@RequestBody List<ObjectNode> patches) {
        return updateMany(patches, patch -> {
            JsonNode id = patch == null ? null : patch.get("jobId");
            return id == null || !id.canConvertToLong() ? null : patched(id.asLong(), patch);
        });
    }

    private <T> List<JobMonitoringResponse> updateMany(List<T> elements, Function<T, JobMonitoringRequest> toRequest) {
        Map<Long, JobSettings> settingsByJob = new LinkedHashMap<>();
        for (int i = 0; i < elements.size(); i++) {
            try {
                JobMonitoringRequest request = elements.get(i) == null ? null : toRequest.apply(elements.get(i));
                if (request == null || request.jobId() == null) {
                    throw new InvalidScheduleException("jobId", "jobId is required in a bulk update");
                }
                if (settingsByJob.put(request.jobId(), request.toSettings()) != null) {
                    throw new InvalidScheduleException("jobId", "job " + request.jobId() + " appears twice");
                }
            }
            catch (InvalidScheduleException e) {
                throw e.at(i);
            }
        }
        settings.updateJobs(settingsByJob);
        return settingsByJob.keySet().stream().map(this::view).toList();
    }

    /** The job's current settings with the fields of {@code patch} laid over them. */
    private JobMonitoringRequest patched(long jobId, ObjectNode patch) {
        JobMonitoringView current = board.find(jobId).orElseThrow(() -> new JobNotFoundException(jobId));
        ObjectNode merged = json.valueToTree(JobMonitoringRequest.of(current));
        JsonNode intervals = patch.get(OPERATION_INTERVALS);
        if (intervals != null && intervals.isObject() && merged.get(OPERATION_INTERVALS) instanceof ObjectNode kept) {
            // A merge patch merges objects: {"operationIntervals": {"Test": null}} drops Test and keeps Restore.
            patch = patch.deepCopy();
            intervals.properties().forEach(entry -> {
                if (entry.getValue().isNull()) {
                    kept.remove(entry.getKey());
                }
                else {
                    kept.set(entry.getKey(), entry.getValue());
                }
            });
            patch.remove(OPERATION_INTERVALS);
        }
        merged.setAll(patch);
        merged.put("jobId", jobId);
        try {
            return json.treeToValue(merged, JobMonitoringRequest.class);
        }
        catch (JacksonException e) {
            // Answered like a request body of the wrong type: 400 naming the field.
            throw new HttpMessageNotReadableException(e.getOriginalMessage(), e, null);
        }
    }

    @GetMapping("/jobs/{jobId}/suggestion")
    @Operation(operationId = "scheduleSuggestion", summary = "The schedule inferred from a job's recent runs")
    SuggestionResponse suggestion(@PathVariable long jobId) {
        return SuggestionResponse.of(jobId, suggestions.suggest(jobId));
    }

    /** Accepts one job's suggestion, or those of all jobs on a default or inferred schedule; returns the jobs changed. */
    @PostMapping("/suggestions/accept")
    @Operation(operationId = "acceptSuggestions", summary = "Accept one job's suggested schedule, or those of every job")
    List<JobMonitoringResponse> acceptSuggestions(@RequestBody AcceptSuggestionsRequest request) {
        List<Long> accepted = new ArrayList<>();
        if (request.everyJob()) {
            accepted.addAll(suggestions.acceptAll(request.minConfidenceOrDefault()));
        }
        else {
            suggestions.accept(request.jobId());
            accepted.add(request.jobId());
        }
        return accepted.stream().map(this::view).toList();
    }

    @PostMapping("/check")
    @Operation(operationId = "checkNow", summary = "Run the overdue check now")
    OverdueDetector.CheckResult check() {
        return detector.check();
    }

    private JobMonitoringResponse view(long jobId) {
        return board.find(jobId).map(JobMonitoringResponse::of).orElseThrow(() -> new JobNotFoundException(jobId));
    }
}
