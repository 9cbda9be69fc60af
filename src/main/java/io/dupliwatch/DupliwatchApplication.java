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

    /** Starts the server, or runs a subcommand ({@code restore FILE}, {@code import-duplistatus FILE}...) and exits. */
    public static void main(String[] args) {
        if (Subcommands.requested(args)) {
            System.exit(Subcommands.run(DupliwatchApplication.class, args));
        }
        SpringApplication.run(DupliwatchApplication.class, args);
    }
}
