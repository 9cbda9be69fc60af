package io.dupliwatch.monitoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
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

    private final MonitoringSettingsService settings;
    private final OverdueBoard board;
    private final ScheduleSuggestions suggestions;
    private final OverdueDetector detector;

    MonitoringController(MonitoringSettingsService settings, OverdueBoard board, ScheduleSuggestions suggestions,
                         OverdueDetector detector) {
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

    /** Updates several jobs at once, all or none; errors name the element, e.g. {@code [2].interval}. */
    @PutMapping("/jobs")
    @Operation(operationId = "updateMonitoredJobs", summary = "Change several jobs' monitoring settings at once")
    List<JobMonitoringResponse> updateJobs(@RequestBody List<JobMonitoringRequest> requests) {
        Map<Long, JobSettings> settingsByJob = new LinkedHashMap<>();
        for (int i = 0; i < requests.size(); i++) {
            JobMonitoringRequest request = requests.get(i);
            try {
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
