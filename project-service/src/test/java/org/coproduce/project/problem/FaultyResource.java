package org.coproduce.project.problem;

import jakarta.annotation.security.PermitAll;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * Test only: endpoints that pass text straight to PostgreSQL, and one that fails in a way no mapper
 * knows, so the platform's refusals and its catch-all can be seen through HTTP.
 */
@Path("/api/v1/test-only/faults")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class FaultyResource {
  private final EntityManager entityManager;

  public FaultyResource(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @GET
  @Path("projects/{code}")
  public long projectsWithCode(@PathParam("code") String code, @QueryParam("title") String title) {
    return (Long)
        entityManager
            .createQuery(
                "select count(p) from Project p where p.lifeQiCode = :code or p.title = :title")
            .setParameter("code", code)
            .setParameter("title", title == null ? "" : title)
            .getSingleResult();
  }

  @GET
  @Path("unexpected")
  public String unexpected() {
    throw new IllegalStateException("org.example.Secret failed at row 42");
  }
}
