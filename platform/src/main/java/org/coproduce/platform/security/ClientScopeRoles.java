package org.coproduce.platform.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A third-party system's token (client-credentials grant) holds no roles: what it may do is the
 * scopes it was granted, and an endpoint allows a scope as it allows a role ({@link
 * Roles#PROJECTS_READ}). Only such a token's scopes count. A user's token has a scope claim too,
 * and a user may not gain a permission by asking for a scope: a user's roles are their realm roles
 * alone ({@code quarkus.oidc.roles.role-claim-path}).
 */
@ApplicationScoped
public class ClientScopeRoles implements SecurityIdentityAugmentor {
  /** Set by the identity provider only on tokens of the client-credentials grant. */
  static final String CLIENT_ID_CLAIM = "client_id";

  @Override
  public Uni<SecurityIdentity> augment(
      SecurityIdentity identity, AuthenticationRequestContext context) {
    if (identity.isAnonymous()
        || !(identity.getPrincipal() instanceof JsonWebToken token)
        || token.getClaim(CLIENT_ID_CLAIM) == null
        || token.getClaim("scope") == null) {
      return Uni.createFrom().item(identity);
    }
    QuarkusSecurityIdentity.Builder withScopes = QuarkusSecurityIdentity.builder(identity);
    for (String scope : text(token.getClaim("scope")).split(" ")) {
      if (!scope.isBlank()) {
        withScopes.addRole(scope);
      }
    }
    return Uni.createFrom().item(withScopes.build());
  }

  private static String text(Object claim) {
    return claim instanceof JsonString json ? json.getString() : claim.toString();
  }
}
