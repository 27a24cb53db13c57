package org.coproduce.involvement.person;

import static io.restassured.RestAssured.given;
import static org.coproduce.involvement.Register.COORDINATOR;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;
import org.coproduce.involvement.Register;
import org.coproduce.testing.Tokens;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PersonProfileTest {
  static final String FULL_PROFILE =
      """
      {"personType": "SERVICE_USER", "displayName": "%s",
       "email": "mo@example.org", "phone": "07700 900555",
       "postalAddress": "12 Park Row, Leeds", "postcode": "ls1 5hd",
       "accessNeeds": "Step-free access and a hearing loop",
       "preferredTimes": ["WEEKEND", "WEEKDAY_MORNING"],
       "preferredLocations": ["Online", " St James's Hospital "],
       "interests": ["Mental Health", "maternity", "mental health"]}
      """;

  static UUID registerWithProfile(String name) {
    return UUID.fromString(
        given()
            .auth()
            .oauth2(COORDINATOR)
            .contentType(ContentType.JSON)
            .body(FULL_PROFILE.formatted(name))
            .post("/api/v1/people")
            .then()
            .statusCode(201)
            .extract()
            .path("id"));
  }

  static ValidatableResponse update(String token, UUID id, String ifMatch, String body) {
    var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return request.put("/api/v1/people/{id}", id).then();
  }

  @Test
  void theWholeProfileIsKeptTidied() {
    UUID id = registerWithProfile("Mo Profile");

    given()
        .auth()
        .oauth2(COORDINATOR)
        .get("/api/v1/people/{id}", id)
        .then()
        .statusCode(200)
        .body("postcode", equalTo("LS1 5HD"))
        .body("accessNeeds", equalTo("Step-free access and a hearing loop"))
        .body("preferredTimes", contains("WEEKDAY_MORNING", "WEEKEND"))
        .body("preferredLocations", contains("Online", "St James's Hospital"))
        .body("interests", contains("mental health", "maternity"));
  }

  @Nested
  class Changes {
    @Test
    void aVolunteerKeepsTheirOwnProfileUpToDate() {
      UUID me = registerWithProfile("Val Update");
      String token = Tokens.volunteer("val.update", me);

      update(
              token,
              me,
              "\"0\"",
              """
              {"personType": "SERVICE_USER", "displayName": "Val U",
               "preferredTimes": ["WEEKDAY_EVENING"], "interests": ["Digital"]}
              """)
          .statusCode(200)
          .header("ETag", "\"1\"")
          .body("displayName", equalTo("Val U"))
          .body("email", nullValue())
          .body("preferredTimes", contains("WEEKDAY_EVENING"))
          .body("interests", contains("digital"))
          .body("updatedAt", notNullValue());
    }

    @Test
    void aStaleChangeIsRefusedAndChangesNothing() {
      UUID id = registerWithProfile("Stale Sam");
      update(COORDINATOR, id, "\"0\"", FULL_PROFILE.formatted("Stale Sam 2")).statusCode(200);

      update(COORDINATOR, id, "\"0\"", FULL_PROFILE.formatted("Lost Update"))
          .statusCode(412)
          .contentType("application/problem+json");
      given()
          .auth()
          .oauth2(COORDINATOR)
          .get("/api/v1/people/{id}", id)
          .then()
          .body("displayName", equalTo("Stale Sam 2"));
    }

    @Test
    void aVolunteerCannotChangeTheirTypeAndTheFieldIsNamed() {
      UUID me = registerWithProfile("Type Keeper");

      update(Tokens.volunteer("tk", me), me, null, FULL_PROFILE.replace("SERVICE_USER", "CARER"))
          .statusCode(422)
          .body("errors[0].field", equalTo("personType"));
    }

    @Test
    void aCoordinatorMayCorrectAPersonsType() {
      UUID id = registerWithProfile("Type Fix");

      update(
              COORDINATOR,
              id,
              null,
              FULL_PROFILE.formatted("Type Fix").replace("SERVICE_USER", "CARER"))
          .statusCode(200)
          .body("personType", equalTo("CARER"));
    }

    @Test
    void aVolunteerCannotChangeSomeoneElse() {
      UUID me = registerWithProfile("Me Myself");
      UUID other = registerWithProfile("Someone Else");

      update(Tokens.volunteer("me", me), other, null, FULL_PROFILE.formatted("Hijack"))
          .statusCode(404);
      given()
          .auth()
          .oauth2(COORDINATOR)
          .get("/api/v1/people/{id}", other)
          .then()
          .body("displayName", equalTo("Someone Else"));
    }

    @Test
    void aPostcodeThatIsNotOneIsNamed() {
      UUID id = registerWithProfile("Post Code");

      update(COORDINATOR, id, null, FULL_PROFILE.formatted("Post Code").replace("ls1 5hd", "12345"))
          .statusCode(400)
          .body("errors[0].field", equalTo("postcode"));
    }

    @Test
    void anUnknownPreferredTimeIsNamed() {
      UUID id = registerWithProfile("Bad Time");

      update(COORDINATOR, id, null, FULL_PROFILE.formatted("Bad Time").replace("WEEKEND", "NIGHT"))
          .statusCode(400)
          .body("errors[0].field", equalTo("preferredTimes[0]"));
    }
  }

  @Nested
  class OtherStaff {
    @Test
    void financeSeesNoContactDetailsOrAccessNeeds() {
      UUID id = registerWithProfile("Finance Looks");

      given()
          .auth()
          .oauth2(Tokens.of("fiona.finance", "finance"))
          .get("/api/v1/people/{id}", id)
          .then()
          .statusCode(200)
          .body("displayName", equalTo("Finance Looks"))
          .body("email", nullValue())
          .body("phone", nullValue())
          .body("postalAddress", nullValue())
          .body("postcode", nullValue())
          .body("accessNeeds", nullValue());
    }

    @Test
    void aQiLeadSeesNoContactDetailsOrAccessNeeds() {
      UUID id = registerWithProfile("Lead Looks");

      given()
          .auth()
          .oauth2(Tokens.of("lena.lead", "qi-lead"))
          .get("/api/v1/people/{id}", id)
          .then()
          .statusCode(200)
          .body("email", nullValue())
          .body("accessNeeds", nullValue());
    }

    @Test
    void financeCannotChangeAProfile() {
      UUID id = registerWithProfile("Not Finance's");

      update(Tokens.of("fiona.finance", "finance"), id, null, FULL_PROFILE.formatted("Changed"))
          .statusCode(403);
    }
  }

  @Nested
  class Search {
    @Test
    void theRegisterIsSearchedByNameTypeAndInterest() {
      String tag = "tag" + UUID.randomUUID().toString().substring(0, 8);
      UUID carer = Register.person("CARER", "Searchable " + tag + " Carer");
      UUID user = registerWithProfile("Searchable " + tag + " User");
      update(
              COORDINATOR,
              user,
              null,
              """
              {"personType": "SERVICE_USER", "displayName": "Searchable %s User",
               "interests": ["%s"]}
              """
                  .formatted(tag, tag.toUpperCase()))
          .statusCode(200);

      given()
          .auth()
          .oauth2(COORDINATOR)
          .queryParam("name", tag.toUpperCase())
          .get("/api/v1/people")
          .then()
          .statusCode(200)
          .body("items.id", containsInAnyOrder(carer.toString(), user.toString()));
      given()
          .auth()
          .oauth2(COORDINATOR)
          .queryParam("name", tag)
          .queryParam("type", "CARER")
          .get("/api/v1/people")
          .then()
          .body("items.id", contains(carer.toString()));
      given()
          .auth()
          .oauth2(COORDINATOR)
          .queryParam("interest", tag)
          .get("/api/v1/people")
          .then()
          .body("items.id", contains(user.toString()));
    }

    @Test
    void wildcardsInTheNameAreTakenLiterally() {
      Register.person("SERVICE_USER", "Percent Person");

      given()
          .auth()
          .oauth2(COORDINATOR)
          .queryParam("name", "%")
          .get("/api/v1/people")
          .then()
          .statusCode(200)
          .body("items.displayName", everyItem(org.hamcrest.Matchers.containsString("%")))
          .body("items.displayName", not(hasItem("Percent Person")));
    }

    @Test
    void anUnknownTypeIsNamed() {
      given()
          .auth()
          .oauth2(COORDINATOR)
          .queryParam("type", "ALIEN")
          .get("/api/v1/people")
          .then()
          .statusCode(400)
          .body("errors[0].field", equalTo("type"));
    }
  }
}
