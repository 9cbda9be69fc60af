package io.dupliwatch.notify;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import tools.jackson.databind.node.ObjectNode;

import io.dupliwatch.notify.Dispatcher.Attempt;
import io.dupliwatch.notify.NotificationChannels.ChannelRequest;
import io.dupliwatch.notify.NotificationChannels.StoredChannel;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Channels: CRUD and test-send. Secrets are write-only: responses say {@code "tokenSet": true} instead. */
@RestController
@RequestMapping(ChannelController.PATH)
class ChannelController {

    static final String PATH = "/api/notifications/channels";

    /**
     * @param secretsReadable {@code false} after the key file was replaced: the secrets must be entered again
     * @param language        the language of its messages, {@code null} for the server's notification language
     */
    record ChannelResponse(long id, String name, ChannelKind kind, boolean enabled, ObjectNode settings,
                           boolean secretsReadable, String language, Instant createdAt, Instant updatedAt) {
    }

    record TestRequest(String recipient) {
    }

    /** How the test went; {@code error} and {@code permanent} only when not delivered. */
    record TestResponse(boolean delivered, String error, Boolean permanent, long durationMs) {

        static TestResponse of(Attempt attempt) {
            return new TestResponse(attempt.delivered(), attempt.error(),
                    attempt.delivered() ? null : attempt.permanent(), attempt.took().toMillis());
        }
    }

    private final NotificationChannels channels;
    private final ChannelTester tester;

    ChannelController(NotificationChannels channels, ChannelTester tester) {
        this.channels = channels;
        this.tester = tester;
    }

    @GetMapping
    List<ChannelResponse> list() {
        return channels.all().stream().map(this::response).toList();
    }

    @GetMapping("/{id}")
    ChannelResponse get(@PathVariable long id) {
        return response(channels.get(id));
    }

    @PostMapping
    ResponseEntity<ChannelResponse> create(@RequestBody ChannelRequest request, HttpServletRequest http) {
        ChannelResponse created = response(channels.create(request));
        return ResponseEntity.created(URI.create(http.getContextPath() + PATH + "/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    ChannelResponse update(@PathVariable long id, @RequestBody ChannelRequest request) {
        return response(channels.update(id, request));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        channels.delete(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/test")
    TestResponse test(@PathVariable long id, @RequestBody(required = false) TestRequest request) {
        String recipient = request == null || request.recipient() == null || request.recipient().isBlank() ? null
                : request.recipient().strip();
        return TestResponse.of(tester.test(id, recipient));
    }

    private ChannelResponse response(StoredChannel channel) {
        return new ChannelResponse(channel.id(), channel.name(), channel.kind(), channel.enabled(),
                channels.publicSettings(channel), channel.secretsReadable(), channel.language(), channel.createdAt(),
                channel.updatedAt());
    }
}
