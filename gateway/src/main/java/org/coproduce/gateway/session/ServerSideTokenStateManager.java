package org.coproduce.gateway.session;

import io.quarkus.oidc.AuthorizationCodeTokens;
import io.quarkus.oidc.OidcRequestContext;
import io.quarkus.oidc.OidcTenantConfig;
import io.quarkus.oidc.TokenStateManager;
import io.quarkus.oidc.runtime.CodeAuthenticationMechanism;
import io.quarkus.security.AuthenticationFailedException;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Duration;
import java.time.Instant;

/**
 * Keeps the browser's tokens on the server (backend for frontend): the {@code q_session} cookie
 * holds only a random id, so no token ever reaches the browser, and the tokens live in the {@link
 * SessionStore} every gateway instance shares (see docs/adr/0003-gateway-sessions.md).
 *
 * <p>The id rotates: when tokens are refreshed, quarkus-oidc deletes the state under the old id
 * (here: the row, for every instance at once) before it creates the new one, and sign-out deletes
 * it too. A session expires when its cookie does: the ID token's lifetime plus the configured
 * extension, counted again from each refresh.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class ServerSideTokenStateManager implements TokenStateManager {
  /** Only if quarkus-oidc did not say how long the cookie lives; it always does today. */
  private static final Duration FALLBACK_AGE = Duration.ofMinutes(30);

  private final SessionStore store;

  public ServerSideTokenStateManager(SessionStore store) {
    this.store = store;
  }

  @Override
  public Uni<String> createTokenState(
      RoutingContext rc,
      OidcTenantConfig config,
      AuthorizationCodeTokens tokens,
      OidcRequestContext<String> context) {
    Instant expiresAt = Instant.now().plus(sessionAge(rc));
    return context.runBlocking(
        () -> {
          SessionId id = SessionId.random();
          store.create(id, tokens, expiresAt);
          return id.value();
        });
  }

  @Override
  public Uni<AuthorizationCodeTokens> getTokens(
      RoutingContext rc,
      OidcTenantConfig config,
      String sessionId,
      OidcRequestContext<AuthorizationCodeTokens> context) {
    return context.runBlocking(
        () ->
            store
                .find(new SessionId(sessionId))
                .orElseThrow(() -> new AuthenticationFailedException("The session has ended")));
  }

  @Override
  public Uni<Void> deleteTokens(
      RoutingContext rc,
      OidcTenantConfig config,
      String sessionId,
      OidcRequestContext<Void> context) {
    return context.runBlocking(
        () -> {
          store.delete(new SessionId(sessionId));
          return null;
        });
  }

  private static Duration sessionAge(RoutingContext rc) {
    Long seconds = rc.get(CodeAuthenticationMechanism.SESSION_MAX_AGE_PARAM);
    return seconds == null ? FALLBACK_AGE : Duration.ofSeconds(seconds);
  }
}
