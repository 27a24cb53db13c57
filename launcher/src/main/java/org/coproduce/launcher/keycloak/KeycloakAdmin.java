package org.coproduce.launcher.keycloak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.coproduce.launcher.http.Http;

/** The few admin REST calls the launcher needs, as the bootstrap admin of the local Keycloak. */
public final class KeycloakAdmin {
  private static final String ADMIN = Keycloak.BASE_URL + "/admin/realms";

  private final Http http;
  private final String token;

  private KeycloakAdmin(Http http, String token) {
    this.http = http;
    this.token = token;
  }

  public static KeycloakAdmin login(Http http) {
    JsonNode answer =
        http.postForm(
            URI.create(Keycloak.BASE_URL + "/realms/master/protocol/openid-connect/token"),
            Map.of(
                "grant_type",
                "password",
                "client_id",
                "admin-cli",
                "username",
                Keycloak.ADMIN_USER,
                "password",
                Keycloak.ADMIN_PASSWORD));
    return new KeycloakAdmin(http, answer.path("access_token").asText());
  }

  void deleteRealm(String realm) {
    try {
      http.delete(URI.create(ADMIN + "/" + realm), token);
    } catch (Http.HttpException e) {
      if (e.status() != 404) {
        throw e;
      }
    }
  }

  void createRealm(String realmJson) {
    http.post(URI.create(ADMIN), token, realmJson);
  }

  /** Sets a single-valued attribute on a user of the coproduce realm, keeping everything else. */
  public void setUserAttribute(String username, String attribute, String value) {
    String query = "?exact=true&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8);
    JsonNode users = http.get(URI.create(usersUrl() + query), token);
    if (users.isEmpty()) {
      throw new IllegalStateException("no user " + username + " in the realm " + Keycloak.REALM);
    }
    ObjectNode user = (ObjectNode) users.get(0);
    JsonNode current = user.path("attributes").path(attribute).path(0);
    if (value.equals(current.asText(null))) {
      return;
    }
    ObjectNode attributes =
        user.has("attributes") ? (ObjectNode) user.get("attributes") : user.putObject("attributes");
    attributes.putArray(attribute).add(value);
    http.put(URI.create(usersUrl() + "/" + user.get("id").asText()), token, user);
  }

  private static String usersUrl() {
    return ADMIN + "/" + Keycloak.REALM + "/users";
  }
}
