package io.dupliwatch.security;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.DispatcherType;

import io.dupliwatch.ingest.IngestProperties;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.LocaleResolver;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * The one filter chain, and every access rule of the application (features hold no auth code):
 * <ul>
 * <li>public: static assets, the login page and its language switch, {@code /api/health};</li>
 * <li>public unless locked by a setting: ingest ({@code POST /api/upload}), the external read API and metrics;</li>
 * <li>user, token and audit administration, and {@code /api/admin/**} (database backup): admins (or an
 * {@code admin} token), reads included;</li>
 * <li>other API reads: any signed-in user or a {@code read} token; other API writes: admin;</li>
 * <li>pages: any signed-in user to read, admin to post, except one's own password change and preferences.</li>
 * </ul>
 * API calls are answered 401/403 JSON; pages redirect to the login page.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableWebSecurity
class SecurityConfiguration {

    static final String[] STATIC_ASSETS = {"/css/**", "/js/**", "/webjars/**", "/images/**", "/img/**",
            "/favicon.ico"};
    static final String UPLOAD = "/api/upload";
    static final String HEALTH = "/api/health";
    static final String[] EXTERNAL_API = {"/api/summary", "/api/lastbackup/**", "/api/lastbackups/**", "/api/status/**",
            "/api/jobs", "/metrics"};
    static final String[] ADMIN_API = {"/api/users/**", "/api/tokens/**", "/api/audit/**", "/api/ingest-secrets/**",
            "/api/admin/**"};
    static final String[] ADMIN_PAGES = {SecurityPaths.USERS_PAGE + "/**", SecurityPaths.TOKENS_PAGE + "/**",
            SecurityPaths.AUDIT_PAGE + "/**"};

    /** Requests answered as an API (JSON errors, tokens accepted). */
    static final RequestMatcher API = new OrRequestMatcher(pathPattern("/api/**"), pathPattern("/metrics"));

    /**
     * The external read API alone, before the main chain: widgets poll it many times a minute, so its requests skip
     * what only pages and writes need (CSRF tokens, the saved request, login and logout, the method filter, which
     * these GETs and HEADs pass anyway). Same access rule, token filter, session context and headers as the main chain.
     */
    @Bean
    @Order(1)
    SecurityFilterChain externalApiReads(HttpSecurity http, SecurityProperties properties, ApiTokens tokens, Clock clock,
                                         SecurityContextRepository contextRepository) throws Exception {
        DeniedResponses denied = new DeniedResponses(API);
        return http
                .securityMatcher(new OrRequestMatcher(reads(EXTERNAL_API)))
                .securityContext(context -> context.securityContextRepository(contextRepository))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .authorizeHttpRequests(rules -> externalApiRule(rules.anyRequest(), properties))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(denied).accessDeniedHandler(denied))
                .headers(headers -> securityHeaders(headers, properties))
                .logout(logout -> logout.disable())
                .addFilterBefore(new AbsoluteSessionTimeoutFilter(properties.sessionAbsoluteTimeout(), clock),
                        AnonymousAuthenticationFilter.class)
                .addFilterBefore(new ApiTokenFilter(tokens, API), AnonymousAuthenticationFilter.class)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain filterChain(HttpSecurity http, SecurityProperties properties, LoginAuthenticationProvider logins,
                                    ApiTokens tokens, IngestSecrets ingestSecrets, IngestProperties ingestLimits,
                                    UserRepository users, AuditLog audit, Clock clock,
                                    SecurityContextRepository contextRepository, RequestCache requestCache,
                                    LocaleResolver locales) throws Exception {
        DeniedResponses denied = new DeniedResponses(API);
        LoginOutcomes outcomes = new LoginOutcomes(users, audit, clock, requestCache, locales);
        RequestMatcher upload = pathPattern(HttpMethod.POST, UPLOAD);
        return http
                .authenticationManager(new ProviderManager(logins))
                .securityContext(context -> context.securityContextRepository(contextRepository))
                .requestCache(cache -> cache.requestCache(requestCache))
                .authorizeHttpRequests(rules -> {
                    rules.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
                    rules.requestMatchers(STATIC_ASSETS).permitAll();
                    rules.requestMatchers(SecurityPaths.LOGIN, "/error").permitAll();
                    rules.requestMatchers(posts(SecurityPaths.LANGUAGE)).permitAll();
                    rules.requestMatchers(reads(HEALTH)).permitAll();
                    if (properties.ingest() == SecurityProperties.Exposure.PUBLIC) {
                        rules.requestMatchers(upload).permitAll();
                    }
                    else {
                        rules.requestMatchers(upload).hasAuthority(Scope.INGEST.authority());
                    }
                    externalApiRule(rules.requestMatchers(reads(EXTERNAL_API)), properties);
                    rules.requestMatchers(ADMIN_API).hasAuthority(Scope.ADMIN.authority());
                    rules.requestMatchers(reads("/api/**")).hasAuthority(Scope.READ.authority());
                    rules.requestMatchers(API).hasAuthority(Scope.ADMIN.authority());
                    rules.requestMatchers(SecurityPaths.CHANGE_PASSWORD).authenticated();
                    rules.requestMatchers(posts(SecurityPaths.OWN_PREFERENCES)).authenticated();
                    rules.requestMatchers(ADMIN_PAGES).hasAuthority(Scope.ADMIN.authority());
                    rules.requestMatchers(reads("/**")).hasAuthority(Scope.READ.authority());
                    rules.anyRequest().hasAuthority(Scope.ADMIN.authority());
                })
                .csrf(csrf -> csrf.ignoringRequestMatchers(upload,
                        new AndRequestMatcher(API, request -> ApiTokenFilter.presentedToken(request) != null)))
                .formLogin(form -> form.loginPage(SecurityPaths.LOGIN).successHandler(outcomes).failureHandler(outcomes))
                .logout(logout -> logout.logoutUrl(SecurityPaths.LOGOUT).addLogoutHandler(outcomes)
                        .logoutSuccessUrl(SecurityPaths.LOGIN + "?logout"))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(denied).accessDeniedHandler(denied))
                .headers(headers -> securityHeaders(headers, properties))
                .addFilterBefore(new PublicMethodsFilter(UPLOAD, publicReads()), CsrfFilter.class)
                .addFilterAfter(new AbsoluteSessionTimeoutFilter(properties.sessionAbsoluteTimeout(), clock), CsrfFilter.class)
                .addFilterAfter(new ApiTokenFilter(tokens, API), LogoutFilter.class)
                .addFilterAfter(new IngestSecretFilter(ingestSecrets, ingestLimits, upload, audit), AuthorizationFilter.class)
                .build();
    }

    /** Public, or a {@code read} token (or signed-in user) when {@code dupliwatch.security.external-api=token}. */
    private static void externalApiRule(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizedUrl externalApi,
                                        SecurityProperties properties) {
        if (properties.externalApi() == SecurityProperties.Exposure.PUBLIC) {
            externalApi.permitAll();
        }
        else {
            externalApi.hasAuthority(Scope.READ.authority());
        }
    }

    private static void securityHeaders(HeadersConfigurer<HttpSecurity> headers, SecurityProperties properties) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(properties.contentSecurityPolicy()))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
    }

    /**
     * No observation of the security filters: {@code management.observations.enable.spring.security=false} only drops
     * their observations, while the decorator that would make them still wraps every filter of every request.
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** Where the security context of a login lives: the session (and the request, for the current one). */
    @Bean
    SecurityContextRepository securityContextRepository() {
        return new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
                new HttpSessionSecurityContextRepository());
    }

    /**
     * Only page GETs are remembered for after the login: never API calls, htmx fragments or form posts, and never a
     * request carrying a token (a saved request keeps its headers and URL in the session, so in the database).
     */
    @Bean
    RequestCache requestCache() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(new AndRequestMatcher(pathPattern(HttpMethod.GET, "/**"), new NegatedRequestMatcher(API),
                new NegatedRequestMatcher(new RequestHeaderRequestMatcher("HX-Request")),
                request -> ApiTokenFilter.presentedToken(request) == null));
        return cache;
    }

    private static RequestMatcher[] posts(String... patterns) {
        return Arrays.stream(patterns).map(pattern -> pathPattern(HttpMethod.POST, pattern)).toArray(RequestMatcher[]::new);
    }

    /** The read endpoints that are public by default (the external API may be locked, but its methods stay). */
    private static String[] publicReads() {
        List<String> paths = new ArrayList<>(List.of(EXTERNAL_API));
        paths.add(HEALTH);
        return paths.toArray(String[]::new);
    }

    private static RequestMatcher[] reads(String... patterns) {
        List<RequestMatcher> matchers = new ArrayList<>();
        for (String pattern : patterns) {
            matchers.add(pathPattern(HttpMethod.GET, pattern));
            matchers.add(pathPattern(HttpMethod.HEAD, pattern));
        }
        return matchers.toArray(RequestMatcher[]::new);
    }
}
