package io.dupliwatch.web.live;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The Server-Sent Events stream pages listen to (see {@link LiveEvents}). */
@Controller
class LiveController {

    private final LiveEvents events;

    LiveController(LiveEvents events) {
        this.events = events;
    }

    @GetMapping(value = LiveEvents.PATH, produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter events() {
        return events.subscribe();
    }
}
