package io.dupliwatch.web;

import gg.jte.TemplateEngine;
import gg.jte.springframework.boot.autoconfigure.JteProperties;
import gg.jte.springframework.boot.autoconfigure.JteViewResolver;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.dupliwatch.security.Accounts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Language resolution, buffered template rendering and the Content-Security-Policy of the web UI's pages. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    /** Scripts, styles and images come from this server only; no inline script, style or event handler. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /** Request attribute: {@link System#nanoTime()} when a web UI handler started. */
    static final String STARTED = WebConfiguration.class.getName() + ".started";

    @Bean
    LocaleResolver localeResolver(Accounts accounts) {
        return new LanguageResolver(accounts);
    }

    @Bean
    JteViewResolver jteViewResolver(TemplateEngine templates, JteProperties properties) {
        return new BufferedJteView.Resolver(templates, properties);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                if (handler instanceof HandlerMethod method
                        && method.getBeanType().getPackageName().startsWith(WebConfiguration.class.getPackageName())) {
                    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
                    request.setAttribute(STARTED, System.nanoTime());
                }
                return true;
            }
        });
    }
}
