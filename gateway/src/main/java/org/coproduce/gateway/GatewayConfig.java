package org.coproduce.gateway;

import io.smallrye.config.ConfigMapping;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

@ConfigMapping(prefix = "coproduce.gateway")
public interface GatewayConfig {
  /** Base URL of each service by its name in the public path: /api/{name}/... */
  Map<String, URI> services();

  /** How long a service may take to answer before the caller gets a 503. */
  Duration timeout();

  /** Requests each caller (the verified user or client, else the address) may make per minute. */
  int requestsPerMinute();

  /** Failed authentications an address may have per minute before it is refused for a while. */
  int failedAuthenticationsPerMinute();

  /** Directory of the built web app (frontend/dist). */
  String spaDir();

  /**
   * The identity provider's token endpoint, for the client-credentials flow in the API document.
   */
  String tokenUrl();
}
