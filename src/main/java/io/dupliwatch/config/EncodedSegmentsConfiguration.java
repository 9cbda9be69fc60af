package io.dupliwatch.config;

import java.util.Set;

import org.apache.tomcat.util.buf.EncodedSolidusHandling;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Lets a stored id of any shape through as one encoded path segment ({@link UrlPath}): server ids are Duplicati
 * machine ids from reports, and ids such as {@code a/b}, {@code a\b}, {@code 50%} or {@code ../users/4} must still open,
 * archive and delete. Each relaxation is the narrowest that does it:
 * <ul>
 * <li>Tomcat passes {@code %2F} and {@code %5C} through undecoded instead of rejecting them (its default) or
 * decoding them into separators (which would turn {@code ..%2Fusers} into a path). Literal {@code \} is still
 * rejected by Tomcat.</li>
 * <li>Spring Security's firewall then accepts encoded {@code /}, {@code \}, {@code %} and {@code ;} in the path.
 * Everything else it checks stays: {@code ..} and {@code //} segments, literal {@code ;} path parameters, control
 * characters, encoded periods, line breaks and null.</li>
 * </ul>
 * This is safe because routing and access rules both match on the raw request URI, split into segments before
 * decoding (Spring's {@code PathPattern}, used by MVC and by {@code PathPatternRequestMatcher}); nothing routes on
 * the decoded servlet path.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class EncodedSegmentsConfiguration {

    @Bean
    TomcatConnectorCustomizer encodedSeparatorsPassThrough() {
        return connector -> {
            connector.setEncodedSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue());
            connector.setEncodedReverseSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue());
        };
    }

    @Bean
    HttpFirewall encodedSegmentsFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowUrlEncodedSlash(true);
        firewall.setAllowBackSlash(true);
        firewall.setAllowUrlEncodedPercent(true);
        // An encoded ';' only: the raw URI is still checked for a literal one, the decoded path may hold it.
        firewall.getEncodedUrlBlocklist().removeAll(Set.of("%3b", "%3B"));
        firewall.getDecodedUrlBlocklist().removeAll(Set.of(";", "%3b", "%3B"));
        return firewall;
    }
}
