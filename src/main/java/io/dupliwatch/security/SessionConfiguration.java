package io.dupliwatch.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializationFailedException;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.CookieSerializer;

/**
 * Sessions live in the database (Boot's Spring Session JDBC, tables from migration V7_1), so they survive restarts
 * and the {@code reset-password} command can end them. Idle timeout: {@code spring.session.timeout}. The cookie
 * ({@code server.servlet.session.cookie.*} in application.properties) is HttpOnly, SameSite=Lax, and Secure
 * whenever the request came over HTTPS (directly, or through a proxy with {@code server.forward-headers-strategy}).
 * The database stores a hash of each session id, never the id the cookie carries ({@link HashedSessionIds}).
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SessionConfiguration.class);

    /** Picked up by Spring Session's JDBC configuration for new and changed session ids. */
    @Bean
    static HashedSessionIds hashedSessionIds() {
        return new HashedSessionIds();
    }

    /** Wraps Boot's cookie serializer, keeping its settings: cookies are read as, and written from, hashes. */
    @Bean
    static BeanPostProcessor hashingCookieSerializer(ObjectProvider<HashedSessionIds> ids) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof CookieSerializer serializer ? ids.getObject().cookies(serializer) : bean;
            }
        };
    }

    /** Runs after Boot's own customizer (which has the highest precedence). */
    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionRepositoryCustomizer() {
        return repository -> {
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
