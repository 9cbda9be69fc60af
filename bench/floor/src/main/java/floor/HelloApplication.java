package floor;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** One JSON endpoint at Dupliwatch's health path, so that the same start measurement applies to both. */
@SpringBootApplication
@RestController
public class HelloApplication {

    @GetMapping("/api/health")
    Map<String, String> health() {
        return Map.of("status", "ok");
    }

    public static void main(String[] args) {
        SpringApplication.run(HelloApplication.class, args);
    }
}
