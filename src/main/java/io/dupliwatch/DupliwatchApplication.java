package io.dupliwatch;

import io.dupliwatch.cli.Subcommands;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.tomcat.autoconfigure.metrics.TomcatMetricsAutoConfiguration;

/*
 * Without Tomcat's metrics: they count sessions of Tomcat's session manager, which Dupliwatch does not use (sessions
 * live in the database), and binding them builds the JVM's whole MBean server in every start (about 90 ms).
 */
@SpringBootApplication(exclude = TomcatMetricsAutoConfiguration.class)
@ConfigurationPropertiesScan
public class DupliwatchApplication {

    private static final String SKIP_PREINITIALIZATION = "spring.backgroundpreinitializer.ignore";

    /** Starts the server, or runs a subcommand ({@code restore FILE}, {@code import-duplistatus FILE}...) and exits. */
    public static void main(String[] args) {
        // Spring Boot warms some libraries on a second thread during a start; on the small machines Dupliwatch runs on
        // it competes for the same cores, and it would load Hibernate Validator, which is built on first use instead.
        if (System.getProperty(SKIP_PREINITIALIZATION) == null) {
            System.setProperty(SKIP_PREINITIALIZATION, "true");
        }
        if (Subcommands.requested(args)) {
            System.exit(Subcommands.run(DupliwatchApplication.class, args));
        }
        SpringApplication.run(DupliwatchApplication.class, args);
    }
}
