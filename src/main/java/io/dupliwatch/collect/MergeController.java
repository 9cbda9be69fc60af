package io.dupliwatch.collect;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Servers that are one Duplicati machine under two identities, and merging them. Errors: {@link CollectErrors}. */
@RestController
class MergeController {

    private final MergeCandidates candidates;
    private final ServerMerger merger;

    MergeController(MergeCandidates candidates, ServerMerger merger) {
        this.candidates = candidates;
        this.merger = merger;
    }

    @GetMapping("/api/servers/merge-candidates")
    List<MergeCandidate> candidates() {
        return candidates.find();
    }

    @PostMapping("/api/servers/{sourceId}/merge-into/{targetId}")
    MergeResult merge(@PathVariable String sourceId, @PathVariable String targetId) {
        return merger.merge(sourceId, targetId);
    }
}
