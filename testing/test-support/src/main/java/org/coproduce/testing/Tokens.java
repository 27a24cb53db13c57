package org.coproduce.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Signed access tokens from the test OIDC server (quarkus-test-oidc-server's key and issuer),
 * shaped as Keycloak issues them for Coproduce: meant for the {@value #AUDIENCE} audience, a user's
 * roles as realm roles, a third-party client's grants as scopes with its client id.
 */
public final class Tokens {
  /** The audience every service requires (the realm's coproduce-api client scope puts it in). */
  public static final String AUDIENCE = "coproduce-api";

  private static final String ISSUER =
      System.getProperty("quarkus.test.oidc.token.issuer", "https://server.example.com");

  /** A token for a user holding these realm roles; the subject is stable per user name. */
  public static String of(String userName, String... roles) {
    return sign(user(userName, roles));
  }

  /** A volunteer's token carries the id of their person record in the register. */
  public static String volunteer(String userName, UUID personId) {
    return withPersonId(userName, personId, "volunteer");
  }

  /** A user who is also in the register (a volunteer, or staff who is also a carer). */
  public static String withPersonId(String userName, UUID personId, String... roles) {
    return sign(user(userName, roles).claim("person_id", personId.toString()));
  }

  /** A third-party system's token from the client-credentials grant, carrying its scopes. */
  public static String partner(String clientId, String... scopes) {
    return sign(
        base(clientId)
            .claim("client_id", clientId)
            .claim("azp", clientId)
            .claim("scope", String.join(" ", scopes)));
  }

  /** A user's token that also has a scope claim, as every Keycloak user token does. */
  public static String userWithScope(String userName, String scope, String... roles) {
    return sign(user(userName, roles).claim("scope", scope));
  }

  /** A token from the right issuer meant for another audience. */
  public static String forAudience(String audience, String userName, String... roles) {
    return sign(user(userName, roles).audience(audience));
  }

  /** A token that expired an hour ago. */
  public static String expired(String userName, String... roles) {
    Instant now = Instant.now();
    return sign(
        user(userName, roles).issuedAt(now.minusSeconds(7200)).expiresAt(now.minusSeconds(3600)));
  }

  /** The subject (account id) the identity provider gives the user. */
  public static String subjectOf(String userName) {
    return UUID.nameUUIDFromBytes(userName.getBytes(StandardCharsets.UTF_8)).toString();
  }

  private static JwtClaimsBuilder user(String userName, String... roles) {
    return base(userName).claim("realm_access", Map.of("roles", List.of(roles)));
  }

  private static JwtClaimsBuilder base(String name) {
    return Jwt.preferredUserName(name)
        .subject(subjectOf(name))
        .issuer(ISSUER)
        .audience(AUDIENCE)
        .claim("typ", "Bearer");
  }

  private static String sign(JwtClaimsBuilder claims) {
    return claims.jws().keyId("1").sign("privateKey.jwk");
  }

  private Tokens() {}
}
