package io.dupliwatch.security;

import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Writes an audit entry for every successful change made through the API or the pages (settings saved, channels
 * edited, servers archived, merged or deleted...), so features need no audit code of their own. Requests that are
 * not changes by a person (Duplicati's uploads) and this package's own controllers, which write more precise
 * entries (accounts, tokens, ingest secrets, passwords), are left out.
 */
@Configuration(proxyBeanMethods = false)
class ChangeAuditor implements WebMvcConfigurer, HandlerInterceptor {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final String UPLOAD = "/api/upload";

    private final AuditLog audit;

    ChangeAuditor(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                Exception failure) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!WRITES.contains(request.getMethod()) || failure != null || response.getStatus() >= 400
                || !(handler instanceof HandlerMethod method) || path.equals(UPLOAD)
                || method.getBeanType().getPackageName().equals(ChangeAuditor.class.getPackageName())) {
            return;
        }
        String action = method.getBeanType().getSimpleName().replace("Controller", "").toLowerCase()
                + "." + method.getMethod().getName();
        audit.record(action, request.getMethod() + " " + path, Map.of("status", response.getStatus()));
    }
}
