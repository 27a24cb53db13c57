package org.coproduce.platform.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.coproduce.platform.problem.ProblemException;
import org.coproduce.platform.security.CurrentUser;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes a POST that creates a money-bearing record safe to retry (DESIGN.md, REST conventions).
 * With an {@code Idempotency-Key}, the first request runs and its response is stored with the key,
 * in the same transaction as the effect; the same key with the same request gives that response
 * again without a second effect; the same key with another request is refused (422). A concurrent
 * request with the key waits on the first one's row and then replays it.
 *
 * <p>A stored response can hold personal data (a receipt's file name, a person's hours), so each
 * key names the people its request is about: erasing one of them wipes the stored bodies that name
 * them, while the key and its request's hash stay so a retry still has no second effect.
 */
@ApplicationScoped
public class Idempotency {
  public static final String HEADER = "Idempotency-Key";
  public static final String REPLAYED = "Idempotent-Replayed";
  private static final int MAX_KEY_LENGTH = 255;

  private final EntityManager entityManager;
  private final ObjectMapper json;
  private final CurrentUser user;
  private final Duration retention;

  public Idempotency(
      EntityManager entityManager,
      ObjectMapper json,
      CurrentUser user,
      @ConfigProperty(name = "coproduce.idempotency.retention") Duration retention) {
    this.entityManager = entityManager;
    this.json = json;
    this.user = user;
    this.retention = retention;
  }

  /**
   * Forgets keys older than the retention: a client retries within minutes or hours, and a key kept
   * for ever only grows the table. A request with a forgotten key runs as a new one.
   */
  @Scheduled(every = "1h", delayed = "1m")
  @Transactional
  public void forgetExpiredKeys() {
    entityManager
        .createNativeQuery("delete from idempotency_key where created_at < :before")
        .setParameter("before", Instant.now().minus(retention))
        .executeUpdate();
  }

  /** Runs {@code effect} once per key of this caller, for a request about no one in particular. */
  @Transactional
  public Response once(String key, String operation, Object request, Supplier<Response> effect) {
    return once(key, operation, request, List.of(), effect);
  }

  /**
   * Runs {@code effect} once per key of this caller. {@code operation} names the endpoint, so one
   * key sent to two endpoints is two different requests; without a key the effect simply runs.
   * {@code about} are the people the request and its response are about (see {@link
   * #forgetResponsesAbout}).
   */
  @Transactional
  public Response once(
      String key,
      String operation,
      Object request,
      Collection<UUID> about,
      Supplier<Response> effect) {
    if (key == null) {
      return effect.get();
    }
    requireUsable(key);
    String hash = hash(operation, request);
    if (!claim(key, hash, about)) {
      return replay(key, hash);
    }
    Response response = effect.get();
    store(key, response);
    return response;
  }

  /**
   * Wipes the stored response bodies of every key whose request was about the person, in the
   * caller's transaction (an erasure). The key, its request's hash, status, Location and ETag stay
   * (ids and numbers only): a retry is still answered without a second effect, with no body.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void forgetResponsesAbout(UUID personId) {
    entityManager
        .createNativeQuery(
            "update idempotency_key set body = null"
                + " where about @> array[cast(:personId as uuid)] and body is not null")
        .setParameter("personId", personId)
        .executeUpdate();
  }

  private static void requireUsable(String key) {
    if (key.isBlank()
        || key.length() > MAX_KEY_LENGTH
        || !key.chars().allMatch(c -> c > 32 && c < 127)) {
      throw new ProblemException.InvalidField(
          HEADER, "must be 1 to " + MAX_KEY_LENGTH + " visible ASCII characters");
    }
  }

  private boolean claim(String key, String hash, Collection<UUID> about) {
    return entityManager
            .createNativeQuery(
                "insert into idempotency_key (caller, idempotency_key, request_hash, about)"
                    + " values (:caller, :key, :hash, cast(:about as uuid[])) on conflict do nothing")
            .setParameter("caller", user.accountId())
            .setParameter("key", key)
            .setParameter("hash", hash)
            .setParameter("about", arrayLiteral(about))
            .executeUpdate()
        == 1;
  }

  private Response replay(String key, String hash) {
    Object[] row =
        (Object[])
            entityManager
                .createNativeQuery(
                    "select request_hash, status, body, location, etag from idempotency_key"
                        + " where caller = :caller and idempotency_key = :key")
                .setParameter("caller", user.accountId())
                .setParameter("key", key)
                .getSingleResult();
    if (!hash.equals(row[0])) {
      throw new ProblemException.RuleBroken(
          "This Idempotency-Key was already used with a different request", HEADER);
    }
    Response.ResponseBuilder replayed =
        Response.status(((Number) row[1]).intValue()).header(REPLAYED, "true");
    if (row[2] != null) {
      replayed.entity(row[2]).type(MediaType.APPLICATION_JSON_TYPE);
    }
    if (row[3] != null) {
      replayed.header(HttpHeaders.LOCATION, row[3]);
    }
    if (row[4] != null) {
      replayed.tag(new EntityTag((String) row[4]));
    }
    return replayed.build();
  }

  private void store(String key, Response response) {
    EntityTag etag = response.getEntityTag();
    entityManager
        .createNativeQuery(
            "update idempotency_key set status = :status, body = :body, location = :location,"
                + " etag = :etag where caller = :caller and idempotency_key = :key")
        .setParameter("status", response.getStatus())
        .setParameter("body", response.hasEntity() ? write(response.getEntity()) : null)
        .setParameter(
            "location", response.getLocation() == null ? null : response.getLocation().toString())
        .setParameter("etag", etag == null ? null : etag.getValue())
        .setParameter("caller", user.accountId())
        .setParameter("key", key)
        .executeUpdate();
  }

  /** PostgreSQL's text form of a uuid array, {a,b}: ids need no quoting. */
  private static String arrayLiteral(Collection<UUID> ids) {
    return ids.stream().distinct().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
  }

  private String hash(String operation, Object request) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      for (String part : List.of(operation, "\n", write(request))) {
        sha256.update(part.getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(sha256.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A response body that Jackson cannot write", e);
    }
  }
}
