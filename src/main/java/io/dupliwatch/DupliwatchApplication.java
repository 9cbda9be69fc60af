package io.dupliwatch;

import io.dupliwatch.cli.Subcommands;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
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
