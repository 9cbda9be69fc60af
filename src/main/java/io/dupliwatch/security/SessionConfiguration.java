package io.dupliwatch.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializationFailedException;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * Sessions live in the database (tables from our migration): they survive restarts, and the reset-password
 * command can end them. The cookie is HttpOnly, SameSite=Lax, and Secure whenever the request came over HTTPS
 * (directly, or through a proxy when {@code server.forward-headers-strategy} is set).
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcHttpSession
class SessionConfiguration {

    static final String COOKIE = "DUPLIWATCH_SESSION";
    private static final Logger log = LoggerFactory.getLogger(SessionConfiguration.class);

    @Bean
    CookieSerializer cookieSerializer() {
        DefaultCookieSerializer serializer = new DefaultCookieSerializer();
        serializer.setCookieName(COOKIE);
        serializer.setUseHttpOnlyCookie(true);
        serializer.setSameSite("Lax");
        return serializer;
    }

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionRepositoryCustomizer(SecurityProperties properties) {
        return repository -> {
            repository.setDefaultMaxInactiveInterval(properties.sessionIdleTimeout());
            // Its INSERT ... ON CONFLICT DO UPDATE for attributes is valid on SQLite as well.
            new PostgreSqlJdbcIndexedSessionRepositoryCustomizer().customize(repository);
            repository.setConversionService(tolerantSerialization());
        };
    }

    /**
     * A session attribute written by an older version that no longer deserializes reads as absent (the user signs
     * in again) instead of failing every request that carries the old cookie.
     */
    private static GenericConversionService tolerantSerialization() {
        GenericConversionService conversion = new GenericConversionService();
        conversion.addConverter(Object.class, byte[].class, new SerializingConverter());
        DeserializingConverter deserializer = new DeserializingConverter(SessionConfiguration.class.getClassLoader());
        conversion.addConverter(byte[].class, Object.class, source -> {
            try {
                return deserializer.convert(source);
            }
            catch (SerializationFailedException e) {
                log.info("Ignoring a stored session attribute that no longer deserializes: {}", e.getMessage());
                return null;
            }
        });
        return conversion;
    }
}
