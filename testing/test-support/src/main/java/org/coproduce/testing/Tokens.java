package org.coproduce.testing;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Signed access tokens from the test OIDC server, as the identity provider would issue them. */
public final class Tokens {

  /** A token for a user holding one role; the subject is stable per user name. */
  public static String of(String userName, String... roles) {
    return OidcWiremockTestResource.generateJwtToken(
        userName, Set.of(roles), subjectOf(userName), "Bearer");
  }

  /** A volunteer's token carries the id of their person record in the register. */
  public static String volunteer(String userName, UUID personId) {
    return OidcWiremockTestResource.generateJwtToken(
        userName,
        Set.of("volunteer"),
        subjectOf(userName),
        "Bearer",
        Set.of("coproduce"),
        Map.of("person_id", personId.toString()));
  }

  /** A third-party system's token from the client-credentials grant, carrying its scopes. */
  public static String partner(String clientId, String... scopes) {
    return OidcWiremockTestResource.generateJwtToken(
        clientId,
        Set.of(),
        subjectOf(clientId),
        "Bearer",
        Set.of("coproduce"),
        Map.of("scope", String.join(" ", scopes)));
  }

  /** The subject (account id) the identity provider gives the user. */
  public static String subjectOf(String userName) {
    return UUID.nameUUIDFromBytes(userName.getBytes(StandardCharsets.UTF_8)).toString();
  }

  private Tokens() {}
}
