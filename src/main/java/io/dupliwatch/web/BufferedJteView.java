package io.dupliwatch.web;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import gg.jte.springframework.boot.autoconfigure.JteProperties;
import gg.jte.springframework.boot.autoconfigure.JteView;
import gg.jte.springframework.boot.autoconfigure.JteViewResolver;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.view.AbstractUrlBasedView;

/**
 * Renders a jte template into UTF-8 bytes, then sends them in one write with their length. The templates'
 * static parts are precompiled to bytes and copied as they are (the starter's view converts them back to
 * strings for a writer); a template that fails leaves the response untouched for the error page; and the time
 * spent in the controller and the template goes out as a {@code Server-Timing} header.
 */
class BufferedJteView extends JteView {

    /**
     * The output keeps every precompiled static part as a chunk of its own: a 1,000-job dashboard is tens of
     * thousands of small chunks, each of which would cross the response wrappers as a write of its own.
     */
    private static final int WRITE_BUFFER_SIZE = 32 * 1024;

    private final TemplateEngine templates;

    BufferedJteView(TemplateEngine templates) {
        super(templates);
        this.templates = templates;
    }

    @Override
    protected void renderMergedTemplateModel(Map<String, Object> model, HttpServletRequest request,
                                             HttpServletResponse response) throws Exception {
        Utf8ByteOutput output = new Utf8ByteOutput();
        templates.render(getUrl(), model, output);
        if (request.getAttribute(WebConfiguration.STARTED) instanceof Long started) {
            // Controller and rendering, before any byte leaves: what the dashboard benchmark reads.
            response.setHeader("Server-Timing", String.format(Locale.ROOT, "app;dur=%.1f",
                    (System.nanoTime() - started) / 1e6));
        }
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentLength(output.getContentLength());
        OutputStream body = new BufferedOutputStream(response.getOutputStream(),
                Math.min(WRITE_BUFFER_SIZE, Math.max(output.getContentLength(), 1)));
        output.writeTo(body);
        body.flush();
    }

    /** Replaces the starter's resolver (which backs off when one exists) to hand out buffered views. */
    static class Resolver extends JteViewResolver {

        private final TemplateEngine templates;

        Resolver(TemplateEngine templates, JteProperties properties) {
            super(templates, properties);
            this.templates = templates;
        }

        @Override
        protected AbstractUrlBasedView instantiateView() {
            return new BufferedJteView(templates);
        }

        @Override
        protected Class<?> requiredViewClass() {
            return JteView.class;
        }
    }
}
