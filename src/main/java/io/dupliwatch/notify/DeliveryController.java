package io.dupliwatch.notify;

import java.util.List;
import java.util.Locale;

import io.dupliwatch.notify.DeliveryLog.Delivery;
import io.dupliwatch.notify.DeliveryLog.Outcome;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The delivery log, newest first, paged by id ({@code before}). */
@RestController
class DeliveryController {

    static final int MAX_LIMIT = 500;

    /** @param pending deliveries waiting in the outbox (first attempt or retry) */
    record DeliveriesResponse(long pending, List<Delivery> deliveries) {
    }

    private final DeliveryLog deliveries;
    private final OutboxRepository outbox;

    DeliveryController(DeliveryLog deliveries, OutboxRepository outbox) {
        this.deliveries = deliveries;
        this.outbox = outbox;
    }

    @GetMapping("/api/notifications/deliveries")
    DeliveriesResponse list(@RequestParam(required = false) Long channelId,
                            @RequestParam(required = false) Long jobId,
                            @RequestParam(required = false) String outcome,
                            @RequestParam(required = false) Long before,
                            @RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidFieldException("limit", "must be between 1 and " + MAX_LIMIT,
                    "problem.field.between", "1", String.valueOf(MAX_LIMIT));
        }
        return new DeliveriesResponse(outbox.countPending(),
                deliveries.list(new DeliveryLog.Query(channelId, jobId, outcome(outcome), before, limit)));
    }

    private static Outcome outcome(String outcome) {
        if (outcome == null) {
            return null;
        }
        try {
            return Outcome.valueOf(outcome.toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException e) {
            throw new InvalidFieldException("outcome", "must be delivered, failed or suppressed", "problem.notify.outcome");
        }
    }
}
