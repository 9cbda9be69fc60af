package io.dupliwatch.web;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.dupliwatch.config.VersionedCache;
import org.springframework.stereotype.Component;

/**
 * A job's history strip ({@code dashboard/strip.jte}), rendered once per job version, language and time zone.
 * Strips are most of a large dashboard's bytes and work (ten links with a spoken summary each per job) and change
 * only when the job's {@link HistoryVersion} does (a job keeps its name). Kept as UTF-8 bytes: the page's output takes
 * them as they are, where a string would be encoded again on every view.
 */
@Component
public class Strips {

    /** One entry per job and language: a newer version replaces the older one rather than piling up beside it. */
    private record Key(long jobId, Locale locale, ZoneId zone) {
    }

    private final TemplateEngine templates;
    private final VersionedCache<Key, HistoryVersion, byte[]> rendered = new VersionedCache<>(20_000);

    Strips(TemplateEngine templates) {
        this.templates = templates;
    }

    Content html(Ui ui, JobLine job) {
        Key key = new Key(job.jobId(), ui.locale(), ui.zone());
        HistoryVersion version = HistoryVersion.of(job);
        byte[] html = rendered.get(key, version);
        if (html == null) {
            html = render(ui, job);
            rendered.put(key, version, html);
        }
        return asContent(html);
    }

    private static Content asContent(byte[] html) {
        return output -> output.writeBinaryContent(html);
    }

    private byte[] render(Ui ui, JobLine job) {
        StringOutput output = new StringOutput();
        templates.render("dashboard/strip.jte", Map.of("ui", ui, "job", job), output);
        return output.toString().getBytes(StandardCharsets.UTF_8);
    }
}
