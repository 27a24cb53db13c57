package org.coproduce.gateway.session;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.net.URI;
import java.util.Set;

/**
 * Teaches the test OIDC server the refresh-token grant (it knows only the others): a refresh gets
 * fresh tokens for the same user, as Keycloak answers.
 */
final class RefreshGrant {
  private RefreshGrant() {}

  /** {@code keycloakUrl} as the test OIDC server reports it ({@code keycloak.url}). */
  static void teach(String keycloakUrl) {
    URI server = URI.create(keycloakUrl);
    new WireMock(server.getHost(), server.getPort())
        .register(
            post("/auth/realms/quarkus/token")
                .withRequestBody(containing("grant_type=refresh_token"))
                .willReturn(
                    aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody(
                            "{\"access_token\": \""
                                + OidcWiremockTestResource.getAccessToken(
                                    "alice", Set.of("admin", "user"))
                                + "\", \"refresh_token\": \"refreshed\","
                                + " \"id_token\": \"{{basic-scheme-id-token 'alice'}}\"}")
                        .withTransformers("response-template")));
  }
}
