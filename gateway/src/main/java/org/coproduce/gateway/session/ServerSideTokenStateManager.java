package org.coproduce.gateway.session;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.oidc.AuthorizationCodeTokens;
import io.quarkus.oidc.OidcRequestContext;
import io.quarkus.oidc.OidcTenantConfig;
import io.quarkus.oidc.TokenStateManager;
import io.quarkus.security.AuthenticationFailedException;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;

/**
 * Keeps the browser's tokens in the gateway (backend for frontend): the session cookie holds only a
 * random id, so no token ever reaches the browser. Sessions live in this gateway's memory; a
 * restart signs everyone out (see docs/adr/0003-gateway-sessions.md).
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class ServerSideTokenStateManager implements TokenStateManager {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Cache<String, AuthorizationCodeTokens> sessions =
      Caffeine.newBuilder().expireAfterAccess(Duration.ofHours(12)).maximumSize(100_000).build();

  @Override
  public Uni<String> createTokenState(
      RoutingContext rc,
      OidcTenantConfig config,
      AuthorizationCodeTokens tokens,
      OidcRequestContext<String> context) {
    byte[] id = new byte[32];
    RANDOM.nextBytes(id);
    String sessionId = Base64.getUrlEncoder().withoutPadding().encodeToString(id);
    sessions.put(sessionId, tokens);
    return Uni.createFrom().item(sessionId);
  }

  @Override
  public Uni<AuthorizationCodeTokens> getTokens(
      RoutingContext rc,
      OidcTenantConfig config,
      String sessionId,
      OidcRequestContext<AuthorizationCodeTokens> context) {
    AuthorizationCodeTokens tokens = sessions.getIfPresent(sessionId);
    return tokens == null
        ? Uni.createFrom().failure(new AuthenticationFailedException("The session has ended"))
        : Uni.createFrom().item(tokens);
  }

  @Override
  public Uni<Void> deleteTokens(
      RoutingContext rc,
      OidcTenantConfig config,
      String sessionId,
      OidcRequestContext<Void> context) {
    sessions.invalidate(sessionId);
    return Uni.createFrom().voidItem();
  }
}
