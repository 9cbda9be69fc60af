package io.dupliwatch.security;

import org.apache.catalina.valves.RemoteIpValve;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Spring Boot's forwarded-header valve trusts every private address by default: anyone on the LAN (or in the same
 * Docker network) could forge {@code X-Forwarded-For}. This narrows it to {@link ProxyProperties#trustedAddresses()}.
 * Runs after Boot's own customizer, which adds the valve only with {@code server.forward-headers-strategy=native}.
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final ProxyProperties properties;

    TrustedProxies(ProxyProperties properties) {
        this.properties = properties;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        String trusted = String.join(", ", properties.trustedAddresses());
        factory.getEngineValves().stream().filter(RemoteIpValve.class::isInstance).map(RemoteIpValve.class::cast)
                .forEach(valve -> {
                    valve.setInternalProxies(trusted);
                    valve.setTrustedProxies(null);
                });
    }
}
