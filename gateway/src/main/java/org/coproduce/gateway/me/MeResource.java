package org.coproduce.gateway.me;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import org.coproduce.gateway.edge.Problems;
import org.eclipse.microprofile.jwt.JsonWebToken;

@Path("/api/me")
public class MeResource {
  private static final Set<String> ROLES =
      Set.of("qi-lead", "coordinator", "volunteer", "finance", "executive", "admin");

  private final SecurityIdentity identity;
  private final JsonWebToken idToken;

  public MeResource(SecurityIdentity identity, JsonWebToken idToken) {
    this.identity = identity;
    this.idToken = idToken;
  }

  /** 401 (never a redirect) when nobody is signed in, so the app can show its sign-in page. */
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response me() {
    if (identity.isAnonymous()) {
      return Response.status(401)
          .type("application/problem+json")
          .entity(Problems.json(401, "Not signed in", "Sign in to use Coproduce").encode())
          .build();
    }
    List<String> roles = identity.getRoles().stream().filter(ROLES::contains).sorted().toList();
    return Response.ok(
            new MeView(identity.getPrincipal().getName(), displayName(), roles, claim("person_id")))
        .build();
  }

  private String displayName() {
    String name = claim("name");
    return name != null ? name : identity.getPrincipal().getName();
  }

  private String claim(String name) {
    Object value = idToken.getClaim(name);
    return value == null ? null : value.toString().replace("\"", "");
  }
}
