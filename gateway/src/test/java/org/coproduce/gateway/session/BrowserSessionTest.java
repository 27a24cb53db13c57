package org.coproduce.gateway.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.oidc.runtime.OidcUtils;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.crypto.SecretKey;
import org.coproduce.gateway.SessionKeyResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BrowserSessionTest {
  @TestHTTPResource("/")
  URL root;

  @Inject AgroalDataSource dataSource;
  @Inject SessionStore store;

  @Test
  void signingInKeepsOnlyARandomIdInTheCookieAndTheTokensEncryptedInTheDatabase() throws Exception {
    String session = Browser.signIn(gateway());

    Browser.with(gateway(), session)
        .get("/api/me")
        .then()
        .statusCode(200)
        .body("username", equalTo("alice"));
    assertThat(session).as("256 random bits, base64url").matches("[A-Za-z0-9_-]{43}");
    String storedIdToken = storedIdToken(session);
    assertThat(storedIdToken).as("a JWE: header, key, iv, ciphertext, tag").contains(".");
    assertThat(storedIdToken.split("\\.")).hasSize(5);
    assertThat(OidcUtils.decryptString(storedIdToken, key(SessionKeyResource.KEY)))
        .as("the ID token, readable only with the session key")
        .contains(".");
    assertThatThrownBy(() -> OidcUtils.decryptString(storedIdToken, key("secret")))
        .as("not with the client secret, quarkus-oidc's default");
  }

  @Test
  void signingOutEndsTheSessionForEveryGateway() throws SQLException {
    String session = Browser.signIn(gateway());

    Browser.with(gateway(), session).get("/logout").then().statusCode(302);

    assertThat(rows(session)).isZero();
    Browser.assertSignedOut(gateway(), session);
  }

  @Test
  void anExpiredSessionIsRefusedAndCleanedUp() throws SQLException {
    String refused = Browser.signIn(gateway());
    String forgotten = Browser.signIn(gateway());
    String live = Browser.signIn(gateway());
    expire(refused);
    expire(forgotten);

    Browser.assertSignedOut(gateway(), refused);
    assertThat(store.deleteExpired()).as("the cleanup job's work").isPositive();

    assertThat(rows(forgotten)).as("a session nobody came back to").isZero();
    assertThat(rows(live)).as("a live session stays").isOne();
  }

  private String gateway() {
    return root.toString().replaceAll("/$", "");
  }

  private static SecretKey key(String secret) {
    return OidcUtils.createSecretKeyFromDigest(secret.getBytes(StandardCharsets.UTF_8));
  }

  private String storedIdToken(String session) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement("SELECT id_token FROM browser_session WHERE id_hash = ?")) {
      query.setBytes(1, new SessionId(session).hash());
      try (ResultSet row = query.executeQuery()) {
        assertThat(row.next()).as("the session is stored under the hash of its id").isTrue();
        return row.getString(1);
      }
    }
  }

  private long rows(String session) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement("SELECT count(*) FROM browser_session WHERE id_hash = ?")) {
      query.setBytes(1, new SessionId(session).hash());
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  private void expire(String session) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update =
            connection.prepareStatement(
                "UPDATE browser_session SET expires_at = now() - interval '1 second'"
                    + " WHERE id_hash = ?")) {
      update.setBytes(1, new SessionId(session).hash());
      assertThat(update.executeUpdate()).isOne();
    }
  }
}
