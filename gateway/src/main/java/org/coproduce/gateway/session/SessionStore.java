package org.coproduce.gateway.session;

import io.agroal.api.AgroalDataSource;
import io.quarkus.oidc.AuthorizationCodeTokens;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Browser sessions in the gateway's PostgreSQL database, which every gateway instance shares: a
 * session made on one instance is found on any other and outlives a restart. Rows are keyed by
 * {@link SessionId#hash}; the tokens arrive already encrypted by quarkus-oidc with the session key.
 * Blocking JDBC: callers run it off the event loop.
 */
@ApplicationScoped
public class SessionStore {
  private static final Logger LOG = Logger.getLogger(SessionStore.class);

  private final AgroalDataSource dataSource;

  public SessionStore(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  public void create(SessionId id, AuthorizationCodeTokens tokens, Instant expiresAt) {
    String sql =
        "INSERT INTO browser_session (id_hash, id_token, access_token, refresh_token,"
            + " access_token_expires_in, access_token_scope, expires_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)";
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement(sql)) {
      insert.setBytes(1, id.hash());
      insert.setString(2, tokens.getIdToken());
      insert.setString(3, tokens.getAccessToken());
      insert.setString(4, tokens.getRefreshToken());
      if (tokens.getAccessTokenExpiresIn() == null) {
        insert.setNull(5, Types.BIGINT);
      } else {
        insert.setLong(5, tokens.getAccessTokenExpiresIn());
      }
      insert.setString(6, tokens.getAccessTokenScope());
      insert.setTimestamp(7, Timestamp.from(expiresAt));
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot store the browser session", e);
    }
  }

  /** The session's tokens, unless it was never made, has ended or has expired. */
  public Optional<AuthorizationCodeTokens> find(SessionId id) {
    String sql =
        "SELECT id_token, access_token, refresh_token, access_token_expires_in,"
            + " access_token_scope FROM browser_session WHERE id_hash = ? AND expires_at > now()";
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query = connection.prepareStatement(sql)) {
      query.setBytes(1, id.hash());
      try (ResultSet row = query.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        long expiresIn = row.getLong(4);
        return Optional.of(
            new AuthorizationCodeTokens(
                row.getString(1),
                row.getString(2),
                row.getString(3),
                row.wasNull() ? null : expiresIn,
                row.getString(5)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the browser session", e);
    }
  }

  /** Ends the session on every gateway at once. */
  public void delete(SessionId id) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement delete =
            connection.prepareStatement("DELETE FROM browser_session WHERE id_hash = ?")) {
      delete.setBytes(1, id.hash());
      delete.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot end the browser session", e);
    }
  }

  /**
   * Deletes sessions past their expiry: ones whose browser never came back, and the few a refresh
   * race leaves behind (two requests refreshing one session at once each make a new one; the
   * browser keeps the last). Every instance runs it; deleting twice is harmless.
   */
  @Scheduled(
      every = "${coproduce.sessions.cleanup-interval}",
      delayed = "${coproduce.sessions.cleanup-interval}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void cleanUp() {
    deleteExpired();
  }

  /** Returns how many sessions were deleted. */
  public int deleteExpired() {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement delete =
            connection.prepareStatement("DELETE FROM browser_session WHERE expires_at <= now()")) {
      int deleted = delete.executeUpdate();
      LOG.debugf("Deleted %d expired browser sessions", deleted);
      return deleted;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot delete expired browser sessions", e);
    }
  }
}
