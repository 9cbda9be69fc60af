package io.dupliwatch;

import io.dupliwatch.security.PasswordResetCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class DupliwatchApplication {

    public static void main(String[] args) {
        if (PasswordResetCommand.isRequested(args)) {
            System.exit(PasswordResetCommand.run(args, System.out, System.err));
        }
        SpringApplication.run(DupliwatchApplication.class, args);
    }
}
