package org.coproduce.launcher.app;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * One of the project's Quarkus applications: its Maven module, its port and its management port
 * (health and metrics, never routed to by the gateway).
 */
public record QuarkusApp(String name, String module, int port, int managementPort) {

  /** Start order does not matter between them; the gateway is last only to read better. */
  public static final List<QuarkusApp> ALL =
      List.of(
          new QuarkusApp("project-service", "project-service", 8081, 9081),
          new QuarkusApp("involvement-service", "involvement-service", 8082, 9082),
          new QuarkusApp("payment-service", "payment-service", 8083, 9083),
          new QuarkusApp("strategy-service", "strategy-service", 8084, 9084),
          new QuarkusApp("gateway", "gateway", 8080, 9080));

  public Path jar(Path root) {
    return root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  public URI url(String path) {
    return URI.create(baseUrl() + path);
  }

  public URI readiness() {
    return URI.create("http://127.0.0.1:" + managementPort + "/q/health/ready");
  }
}
