package io.dupliwatch.archive;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.dupliwatch.config.LogEscape;
import io.dupliwatch.errors.NotFoundException;
import io.dupliwatch.report.Archive;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Archive (hide, keep history), unarchive and delete servers and jobs. Servers are addressed by their Duplicati
 * machine-id, jobs by Dupliwatch's job id.
 */
@RestController
class ArchiveController {

    private static final Logger log = LoggerFactory.getLogger(ArchiveController.class);

    private final Archive archive;

    ArchiveController(Archive archive) {
        this.archive = archive;
    }

    @PostMapping("/api/servers/{id}/archive")
    Map<String, Object> archiveServer(@PathVariable String id) {
        require(archive.archiveServer(id), "Server", id);
        log.info("Server {} archived", LogEscape.of(id));
        return Map.of("id", id, "archived", true);
    }

    @PostMapping("/api/servers/{id}/unarchive")
    Map<String, Object> unarchiveServer(@PathVariable String id) {
        require(archive.unarchiveServer(id), "Server", id);
        log.info("Server {} unarchived", LogEscape.of(id));
        return Map.of("id", id, "archived", false);
    }

    @DeleteMapping("/api/servers/{id}")
    ResponseEntity<Void> deleteServer(@PathVariable String id) {
        require(archive.deleteServer(id), "Server", id);
        log.info("Server {} deleted with its jobs and runs", LogEscape.of(id));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/jobs/{jobId}/archive")
    Map<String, Object> archiveJob(@PathVariable long jobId) {
        require(archive.archiveJob(jobId), "Job", jobId);
        log.info("Job {} archived", jobId);
        return Map.of("id", jobId, "archived", true);
    }

    @PostMapping("/api/jobs/{jobId}/unarchive")
    Map<String, Object> unarchiveJob(@PathVariable long jobId) {
        require(archive.unarchiveJob(jobId), "Job", jobId);
        log.info("Job {} unarchived", jobId);
        return Map.of("id", jobId, "archived", false);
    }

    @DeleteMapping("/api/jobs/{jobId}")
    ResponseEntity<Void> deleteJob(@PathVariable long jobId) {
        require(archive.deleteJob(jobId), "Job", jobId);
        log.info("Job {} deleted with its runs", jobId);
        return ResponseEntity.noContent().build();
    }

    private static void require(boolean found, String what, Object id) {
        if (!found) {
            throw new NotFoundException(what + " not found: " + id);
        }
    }
}
