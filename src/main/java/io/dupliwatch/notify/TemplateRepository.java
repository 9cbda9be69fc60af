package io.dupliwatch.notify;

import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.util.Assert;

@Repository
class TemplateRepository {

    private final JdbcClient jdbc;

    TemplateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<NotificationTemplate> find(EventKind event) {
        return jdbc.sql("SELECT t.title, t.body FROM notify_templates t WHERE t.event = :event")
                .param("event", event.id())
                .query((rs, n) -> new NotificationTemplate(rs.getString("title"), rs.getString("body")))
                .optional();
    }

    void save(EventKind event, NotificationTemplate template, Instant now) {
        int updated = jdbc.sql("""
                INSERT INTO notify_templates (event, title, body, updated_at) VALUES (:event, :title, :body, :now)
                ON CONFLICT (event) DO UPDATE SET title = excluded.title, body = excluded.body,
                                                  updated_at = excluded.updated_at
                """)
                .param("event", event.id()).param("title", template.title()).param("body", template.body())
                .param("now", now.toEpochMilli())
                .update();
        Assert.state(updated == 1, "template not saved");
    }

    void delete(EventKind event) {
        jdbc.sql("DELETE FROM notify_templates WHERE event = :event").param("event", event.id()).update();
    }
}
