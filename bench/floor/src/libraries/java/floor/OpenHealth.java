package floor;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** Everything signed in, as Spring Security sets it up by default, except the health endpoint the bench polls. */
@Configuration(proxyBeanMethods = false)
class OpenHealth {

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http) {
        return http.authorizeHttpRequests(rules -> rules.requestMatchers("/api/health").permitAll()
                        .anyRequest().authenticated())
                .formLogin(Customizer.withDefaults())
                .build();
    }
}
