package io.dupliwatch.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may do what, and how hard logging in is to abuse. Env vars: {@code DUPLIWATCH_SECURITY_} + key without dashes.
 *
 * @param ingest                 {@code public} (duplistatus behaviour) or {@code token}: {@code POST /api/upload}
 *                               then needs a token with the {@code ingest} scope
 * @param externalApi            {@code public} or {@code token}: the read API used by Homepage and scrapers
 *                               ({@code /api/summary}, {@code /api/lastbackup(s)/**}, {@code /api/status/**},
 *                               {@code /api/jobs}, {@code /metrics}) then needs a token with the {@code read} scope
 * @param passwordMinLength      shortest password accepted
 * @param sessionAbsoluteTimeout a session ends this long after login, used or not
 * @param loginMaxFailures       failed logins on one account before it is locked for {@code loginLockDuration}
 * @param loginMaxFailuresPerIp  failed logins from one client address before it is locked
 * @param loginDelay             wait imposed after the first failure; doubles with each further failure
 * @param loginLockDuration      how long a lock lasts; failures older than this are forgotten
 * @param auditRetention         audit entries older than this are deleted
 * @param contentSecurityPolicy  the {@code Content-Security-Policy} header sent with every response
 */
@ConfigurationProperties("dupliwatch.security")
public record SecurityProperties(@DefaultValue("public") Exposure ingest,
                                 @DefaultValue("public") Exposure externalApi,
                                 @DefaultValue("12") int passwordMinLength,
                                 @DefaultValue("12h") Duration sessionAbsoluteTimeout,
                                 @DefaultValue("5") int loginMaxFailures,
                                 @DefaultValue("20") int loginMaxFailuresPerIp,
                                 @DefaultValue("1s") Duration loginDelay,
                                 @DefaultValue("15m") Duration loginLockDuration,
                                 @DefaultValue("90d") Duration auditRetention,
                                 @DefaultValue(DEFAULT_CSP) String contentSecurityPolicy) {

    static final String DEFAULT_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    public SecurityProperties {
        if (passwordMinLength < 8) {
            throw new IllegalArgumentException("dupliwatch.security.password-min-length must be at least 8");
        }
        if (loginMaxFailures < 1 || loginMaxFailuresPerIp < 1) {
            throw new IllegalArgumentException("dupliwatch.security.login-max-failures(-per-ip) must be at least 1");
        }
    }

    /** Whether a duplistatus-compatible endpoint group is open to anyone or needs an API token. */
    public enum Exposure {
        PUBLIC, TOKEN
    }
}
