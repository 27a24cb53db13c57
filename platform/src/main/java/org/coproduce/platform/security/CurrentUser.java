package org.coproduce.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling: their account id (the token subject), their roles and, for a volunteer, the id of
 * their person record. Object-level checks in services start here.
 */
@RequestScoped
public class CurrentUser {
  /** The claim in which the identity provider puts a volunteer's person id. */
  public static final String PERSON_ID_CLAIM = "person_id";

  private final SecurityIdentity identity;
  private final JsonWebToken token;

  public CurrentUser(SecurityIdentity identity, JsonWebToken token) {
    this.identity = identity;
    this.token = token;
  }

  public String accountId() {
    String subject = token.getSubject();
    return subject != null ? subject : identity.getPrincipal().getName();
  }

  public boolean hasRole(String role) {
    return identity.hasRole(role);
  }

  public Optional<UUID> personId() {
    Object claim = token.getClaim(PERSON_ID_CLAIM);
    if (claim == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(UUID.fromString(claim.toString().replace("\"", "")));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
