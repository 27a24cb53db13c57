package org.coproduce.launcher.keycloak;

import java.util.Map;
import org.coproduce.launcher.http.Http;

/**
 * Access tokens for the demo users, by the password grant of the public {@code coproduce-cli}
 * client. That client exists only for the launcher and the end-to-end tests; people log in through
 * the gateway.
 */
public final class UserTokens {
  public static final String CLI_CLIENT = "coproduce-cli";
  public static final String DEMO_PASSWORD = "demo";

  private final Http http;

  public UserTokens(Http http) {
    this.http = http;
  }

  public String accessToken(String username) {
    return http.postForm(
            Keycloak.tokenEndpoint(),
            Map.of(
                "grant_type", "password",
                "client_id", CLI_CLIENT,
                "username", username,
                "password", DEMO_PASSWORD))
        .path("access_token")
        .asText();
  }
}
