package io.workforce.orchestrator;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** {@code ./rpa orchestrator}: the Workforce server. */
@SpringBootApplication
public class OrchestratorApplication {
  public static void main(String[] args) {
    SpringApplication.run(OrchestratorApplication.class, args);
  }
}
