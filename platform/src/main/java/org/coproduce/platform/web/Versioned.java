package org.coproduce.platform.web;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;

/**
 * Responses for a resource with a version: the version is its ETag, so a later update can send it
 * back in If-Match and be refused with 412 when someone else changed it first.
 */
public final class Versioned {

  /** 201 with the Location of the new resource and its ETag. */
  public static Response created(UriInfo uri, UUID id, long version, Object body) {
    return Response.created(uri.getAbsolutePathBuilder().path(id.toString()).build())
        .tag(etag(version))
        .entity(body)
        .build();
  }

  /** 200 with the resource and its ETag. */
  public static Response ok(long version, Object body) {
    return Response.ok(body).tag(etag(version)).build();
  }

  /**
   * The version an If-Match header names, or null when there is none (or {@code *}); a value that
   * names no version matches no version, so the write is refused as stale.
   */
  public static Long versionIn(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
      return null;
    }
    try {
      return Long.parseLong(ifMatch.strip().replaceFirst("^W/", "").replace("\"", ""));
    } catch (NumberFormatException e) {
      throw new OptimisticLockException("If-Match names no version");
    }
  }

  private static EntityTag etag(long version) {
    return new EntityTag(Long.toString(version));
  }

  private Versioned() {}
}
