package org.coproduce.gateway.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.net.URL;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(SessionRefreshTest.RefreshOnEveryRequest.class)
class SessionRefreshTest {

  /** The test tokens live 5 minutes: with a 10-minute skew every signed-in request refreshes. */
  public static class RefreshOnEveryRequest implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("quarkus.oidc.token.refresh-token-time-skew", "PT10M");
    }
  }

  @TestHTTPResource("/")
  URL root;

  @BeforeEach
  void identityProviderRefreshes() {
    RefreshGrant.teach(ConfigProvider.getConfig().getValue("keycloak.url", String.class));
  }

  @Test
  void staleSessionIdIsRemovedOnRefresh() {
    String gateway = root.toString().replaceAll("/$", "");
    String first = Browser.signIn(gateway);

    Response refreshed = Browser.with(gateway, first).get("/api/me");

    refreshed.then().statusCode(200);
    String second = refreshed.cookie(Browser.SESSION);
    assertThat(second).as("a new id after the refresh").isNotBlank().isNotEqualTo(first);
    Browser.assertSignedOut(gateway, first);
    Browser.with(gateway, second).get("/api/me").then().statusCode(200);
  }
}
