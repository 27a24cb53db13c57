package org.coproduce.gateway.spa;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.FileSystemAccess;
import io.vertx.ext.web.handler.StaticHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.coproduce.gateway.GatewayConfig;
import org.jboss.logging.Logger;

/**
 * Serves the built web app; any other page path gets its index.html, so the app's own routes
 * survive a reload. API, sign-in and management paths are never answered with the app.
 */
@ApplicationScoped
public class SpaRoutes {
  private static final Logger LOG = Logger.getLogger(SpaRoutes.class);
  private static final List<String> NOT_APP =
      List.of("/api/", "/q/", "/login", "/logout", "/api-docs", "/webjars/");

  private final Path dir;

  public SpaRoutes(GatewayConfig config) {
    this.dir = Path.of(config.spaDir()).toAbsolutePath().normalize();
  }

  void routes(@Observes Router router) {
    if (!Files.isRegularFile(dir.resolve("index.html"))) {
      LOG.warnf("No web app at %s: build frontend/ (npm run build) to serve it", dir);
      return;
    }
    // Vite names what it builds into assets/ by a hash of its content: those files never change
    // under their name and may be kept for good. Anything else (index.html above all, which names
    // the current assets) is checked with the gateway on every use, so a new release is seen.
    StaticHandler hashed =
        StaticHandler.create(FileSystemAccess.ROOT, dir.toString())
            .setCachingEnabled(true)
            .setMaxAgeSeconds(Duration.ofDays(365).toSeconds());
    StaticHandler plain =
        StaticHandler.create(FileSystemAccess.ROOT, dir.toString()).setCachingEnabled(false);
    router.get("/*").order(10_000).handler(rc -> serve(rc, hashed, plain));
  }

  private void serve(RoutingContext rc, StaticHandler hashed, StaticHandler plain) {
    String path = rc.normalizedPath();
    if (NOT_APP.stream().anyMatch(path::startsWith)) {
      rc.next();
      return;
    }
    Path file = dir.resolve(path.substring(1)).normalize();
    if (file.startsWith(dir.resolve("assets")) && Files.isRegularFile(file)) {
      hashed.handle(rc);
    } else if (file.startsWith(dir) && Files.isRegularFile(file)) {
      rc.response().putHeader("Cache-Control", "no-cache");
      plain.handle(rc);
    } else {
      rc.response()
          .putHeader("Cache-Control", "no-cache")
          .sendFile(dir.resolve("index.html").toString());
    }
  }
}
