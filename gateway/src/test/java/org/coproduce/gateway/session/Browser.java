package org.coproduce.gateway.session;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URI;

/**
 * What a browser does to sign in through the gateway, step by step over HTTP: the gateway sends it
 * to the identity provider (the test OIDC server), which sends it back with a code; the gateway
 * swaps the code for tokens, keeps them, and sets the {@code q_session} cookie.
 */
final class Browser {
  static final String SESSION = "q_session";

  private Browser() {}

  /** Signs in on the gateway at {@code gateway} and returns the session cookie's value. */
  static String signIn(String gateway) {
    Response start = given().baseUri(gateway).redirects().follow(false).get("/login");
    assertThat(start.statusCode()).as("the gateway sends the browser to sign in").isEqualTo(302);
    URI authorize = URI.create(start.header("Location"));

    // The test identity provider's sign-in form submits to /login with the same query.
    Response signedIn =
        given()
            .redirects()
            .follow(false)
            .urlEncodingEnabled(false)
            .get(origin(authorize) + "/login?" + authorize.getRawQuery());
    assertThat(signedIn.statusCode())
        .as("the identity provider answers with a code")
        .isEqualTo(302);

    Response callback =
        given()
            .redirects()
            .follow(false)
            .urlEncodingEnabled(false)
            .cookies(start.cookies())
            .get(signedIn.header("Location"));
    assertThat(callback.statusCode()).as("the gateway completes the sign-in").isEqualTo(302);
    String session = callback.cookie(SESSION);
    assertThat(session).as("the session cookie").isNotBlank();
    return session;
  }

  /** A request as the browser sends it: the session cookie, no bearer token. */
  static RequestSpecification with(String gateway, String session) {
    return given().baseUri(gateway).redirects().follow(false).cookie(SESSION, session);
  }

  /**
   * The session cookie no longer signs anyone in: the API answers 401 problem+json, as for any
   * unknown session, and the web app sends the browser to sign in again.
   */
  static void assertSignedOut(String gateway, String session) {
    Response response = with(gateway, session).get("/api/me");
    assertThat(response.statusCode()).as("a session that ended").isEqualTo(401);
    assertThat(response.contentType()).startsWith("application/problem+json");
  }

  private static String origin(URI uri) {
    return uri.getScheme() + "://" + uri.getRawAuthority();
  }
}
