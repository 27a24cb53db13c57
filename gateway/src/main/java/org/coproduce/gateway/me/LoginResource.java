package org.coproduce.gateway.me;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.regex.Pattern;

/**
 * Where the web app sends a visitor to sign in. The path requires authentication, so the gateway
 * runs the authorization-code flow first; then the visitor goes back to where they were.
 */
@Path("/login")
public class LoginResource {
  /** Only a local path: never send a signed-in user to another site (open redirect). */
  private static final Pattern LOCAL_PATH = Pattern.compile("/(?![/\\\\])[A-Za-z0-9/_.~?=&%-]*");

  @GET
  public Response login(@QueryParam("redirect") String redirect) {
    String target = redirect != null && LOCAL_PATH.matcher(redirect).matches() ? redirect : "/";
    return Response.seeOther(URI.create(target)).build();
  }
}
