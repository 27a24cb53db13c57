package org.coproduce.launcher.demo;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.IntFunction;
import org.coproduce.launcher.LaunchException;
import org.coproduce.launcher.StateDir;
import org.coproduce.launcher.app.QuarkusApp;
import org.coproduce.launcher.health.Health;
import org.coproduce.launcher.http.Http;
import org.coproduce.launcher.keycloak.KeycloakAdmin;
import org.coproduce.launcher.keycloak.UserTokens;

/**
 * Loads the demo data once, through the services' own REST APIs with the demo users' tokens, so it
 * goes through the same rules, outbox and events as real use (participations raise fee claims in
 * payment-service through Kafka). Skipped when projects already exist; the opportunities, the
 * activity and its session are loaded on their own when no opportunity exists yet, so a register
 * loaded before opportunities existed gets them too, and so does a second volunteer (vic.volunteer)
 * with things of their own. On every run the logins val.volunteer and vic.volunteer are linked to
 * their person records (the {@code person_id} attribute) and those ids are written to {@code
 * .coproduce/demo-data.properties} for examples and tests.
 */
public final class DemoData {
  private static final String PART = "demo data";
  private static final String PERSON_KEY = "val.volunteer.person_id";
  private static final String SECOND_PERSON_KEY = "vic.volunteer.person_id";
  private static final Duration CLAIMS_TIMEOUT = Duration.ofSeconds(60);
  private static final String CONTACT_PURPOSE = "CONTACT_ABOUT_OPPORTUNITIES";
  private static final List<String> PROFILE_FIELDS =
      List.of(
          "personType",
          "displayName",
          "email",
          "phone",
          "postalAddress",
          "postcode",
          "accessNeeds",
          "preferredTimes",
          "preferredLocations");

  private final StateDir state;
  private final Http http = new Http();
  private final UserTokens tokens = new UserTokens(http);
  private final Map<String, QuarkusApp> running = new HashMap<>();

  public DemoData(StateDir state, List<QuarkusApp> runningApps) {
    this.state = state;
    runningApps.forEach(app -> running.put(app.name(), app));
  }

  /** Returns a line saying what was done. */
  public String loadOnce() {
    if (!running.containsKey("project-service") || !running.containsKey("involvement-service")) {
      return "demo data not loaded: project-service and involvement-service must both run";
    }
    try {
      return projectsExist() ? alreadyLoaded() : load();
    } catch (Http.HttpException | IllegalStateException e) {
      throw new LaunchException(PART, null, e.getMessage(), e);
    }
  }

  private boolean projectsExist() {
    JsonNode page =
        http.get(
            url("project-service", "/api/v1/projects?limit=1"), tokens.accessToken("lena.lead"));
    return !page.path("items").isEmpty();
  }

  private String alreadyLoaded() {
    String email = DemoContent.PEOPLE.get(DemoContent.VOLUNTEER_PERSON).email();
    String personId = findPersonByEmail(email);
    if (personId == null) {
      return "demo data already loaded (projects exist): not loaded again";
    }
    linkVolunteer(personId);
    return "demo data already loaded (projects exist): not loaded again"
        + loadOpportunitiesOnce(personId)
        + loadPaymentsOnce()
        + loadSecondVolunteerOnce(personId);
  }

  /** Val's record in the register in use (it differs between databases), or null. */
  private String findPersonByEmail(String email) {
    String token = tokens.accessToken("cora.coordinator");
    String cursor = null;
    do {
      String query =
          "/api/v1/people?limit=100"
              + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, UTF_8));
      JsonNode page = http.get(url("involvement-service", query), token);
      for (JsonNode person : page.path("items")) {
        if (email.equals(person.path("email").asText())) {
          return person.path("id").asText();
        }
      }
      cursor = page.path("nextCursor").isTextual() ? page.path("nextCursor").asText() : null;
    } while (cursor != null);
    return null;
  }

  private String load() {
    List<String> projects = createProjects();
    List<String> people = createPeople();
    int participations = recordParticipations(projects, people);
    String valPersonId = people.get(DemoContent.VOLUNTEER_PERSON);
    linkVolunteer(valPersonId);
    return "demo data loaded: "
        + projects.size()
        + " projects, "
        + people.size()
        + " people, "
        + participations
        + " participations"
        + loadOpportunitiesOnce(valPersonId)
        + awaitClaims(participations)
        + loadPaymentsOnce()
        + loadSecondVolunteerOnce(valPersonId);
  }

  private List<String> createProjects() {
    String token = tokens.accessToken("lena.lead");
    List<String> ids = new ArrayList<>();
    for (DemoContent.NewProject project : DemoContent.PROJECTS) {
      ids.add(
          http.post(url("project-service", "/api/v1/projects"), token, project)
              .path("id")
              .asText());
    }
    return ids;
  }

  private List<String> createPeople() {
    String token = tokens.accessToken("cora.coordinator");
    List<String> ids = new ArrayList<>();
    for (DemoContent.NewPerson person : DemoContent.PEOPLE) {
      ids.add(
          http.post(url("involvement-service", "/api/v1/people"), token, person)
              .path("id")
              .asText());
    }
    return ids;
  }

  private int recordParticipations(List<String> projects, List<String> people) {
    return recordParticipations(projects, people::get, DemoContent.ATTENDANCES);
  }

  private int recordParticipations(
      List<String> projects, IntFunction<String> people, List<DemoContent.Attendance> attendances) {
    String token = tokens.accessToken("cora.coordinator");
    Map<String, String> sessions = new HashMap<>();
    for (DemoContent.Attendance attendance : attendances) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("personId", people.apply(attendance.person()));
      body.put("projectId", projects.get(attendance.project()));
      body.put("activityType", attendance.activityType());
      body.put("date", LocalDate.now().minusDays(attendance.daysAgo()).toString());
      body.put("hours", attendance.hours());
      if (attendance.session() != null) {
        body.put(
            "sessionId",
            sessions.computeIfAbsent(
                attendance.session(),
                s -> arrangeSessionFor(attendance, projects.get(attendance.project()), token)));
      }
      http.post(url("involvement-service", "/api/v1/participations"), token, body);
    }
    return attendances.size();
  }

  /** Returns what was added, or "" when opportunities exist already. */
  private String loadOpportunitiesOnce(String valPersonId) {
    String token = tokens.accessToken("cora.coordinator");
    URI any = url("involvement-service", "/api/v1/opportunities?limit=1");
    if (!http.get(any, token).path("items").isEmpty()) {
      return "";
    }
    allowOpportunityContact(valPersonId, token);
    addInterests(valPersonId, DemoContent.VOLUNTEER_INTERESTS, token);
    List<String> projects = projectIds();
    List<String> opportunities = new ArrayList<>();
    for (DemoContent.Opportunity opportunity : DemoContent.OPPORTUNITIES) {
      opportunities.add(publish(opportunity, projects, token));
    }
    String focusGroup = opportunities.get(opportunities.size() - 1);
    String sessionId = arrangeSession(focusGroup, projects.get(0), token);
    recordAttendance(sessionId, token);
    return "; "
        + opportunities.size()
        + " published opportunities, an activity and a session with "
        + DemoContent.SESSION_ATTENDEES.size()
        + " attending";
  }

  private void allowOpportunityContact(String personId, String token) {
    String consents = "/api/v1/people/" + personId + "/consents";
    for (JsonNode current : http.get(url("involvement-service", consents), token).path("current")) {
      if (CONTACT_PURPOSE.equals(current.path("purpose").asText())
          && current.path("allowed").asBoolean()) {
        return;
      }
    }
    http.post(
        url("involvement-service", consents),
        token,
        Map.of("purpose", CONTACT_PURPOSE, "wordingVersion", "2026-01", "channel", "IN_PERSON"));
  }

  /** Replaces the profile with itself plus the interests (PUT takes the whole profile). */
  private void addInterests(String personId, List<String> interests, String token) {
    URI person = url("involvement-service", "/api/v1/people/" + personId);
    JsonNode current = http.get(person, token);
    Map<String, Object> profile = new LinkedHashMap<>();
    for (String field : PROFILE_FIELDS) {
      JsonNode value = current.path(field);
      if (!value.isMissingNode() && !value.isNull()) {
        profile.put(field, value);
      }
    }
    List<String> all = new ArrayList<>();
    current.path("interests").forEach(interest -> all.add(interest.asText()));
    interests.stream().filter(interest -> !all.contains(interest)).forEach(all::add);
    profile.put("interests", all);
    http.put(person, token, profile);
  }

  /** The demo projects' ids, in the order of {@link DemoContent#PROJECTS}. */
  private List<String> projectIds() {
    JsonNode page =
        http.get(
            url("project-service", "/api/v1/projects?limit=100"), tokens.accessToken("lena.lead"));
    Map<String, String> byTitle = new HashMap<>();
    page.path("items")
        .forEach(
            project -> byTitle.put(project.path("title").asText(), project.path("id").asText()));
    List<String> ids = new ArrayList<>();
    for (DemoContent.NewProject project : DemoContent.PROJECTS) {
      String id = byTitle.get(project.title());
      if (id == null) {
        throw new IllegalStateException("The demo project is missing: " + project.title());
      }
      ids.add(id);
    }
    return ids;
  }

  private String publish(DemoContent.Opportunity o, List<String> projects, String token) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("kind", o.kind());
    body.put("involvementLevel", o.involvementLevel());
    body.put("projectId", o.project() == null ? null : projects.get(o.project()));
    body.put("title", o.title());
    body.put("purpose", o.purpose());
    body.put("online", o.online());
    body.put("location", o.location());
    body.put("accessInformation", o.accessInformation());
    body.put("expectedHours", o.expectedHours());
    body.put("reward", o.reward());
    body.put("topics", o.topics());
    body.put("timesOfWeek", o.timesOfWeek());
    body.put("placesAvailable", o.placesAvailable());
    body.put("closesOn", LocalDate.now().plusDays(o.closesInDays()).toString());
    String id =
        http.post(url("involvement-service", "/api/v1/opportunities"), token, body)
            .path("id")
            .asText();
    http.post(
        url("involvement-service", "/api/v1/opportunities/" + id + "/publication"), token, "");
    return id;
  }

  private String arrangeSession(String opportunityId, String projectId, String token) {
    Map<String, Object> activity = new LinkedHashMap<>();
    activity.put("title", DemoContent.ACTIVITY_TITLE);
    activity.put("activityType", "FOCUS_GROUP");
    activity.put("involvementLevel", "LITTLE_I");
    activity.put("purpose", DemoContent.ACTIVITY_PURPOSE);
    activity.put("projectId", projectId);
    activity.put("opportunityId", opportunityId);
    String activityId =
        http.post(url("involvement-service", "/api/v1/activities"), token, activity)
            .path("id")
            .asText();
    OffsetDateTime startsAt =
        LocalDate.now().minusDays(2).atTime(LocalTime.of(10, 0)).atOffset(ZoneOffset.UTC);
    Map<String, Object> session = new LinkedHashMap<>();
    session.put("startsAt", startsAt.toString());
    session.put("endsAt", startsAt.plusMinutes(90).toString());
    session.put("online", true);
    session.put("accessInformation", "On Microsoft Teams with captions");
    return http.post(
            url("involvement-service", "/api/v1/activities/" + activityId + "/sessions"),
            token,
            session)
        .path("id")
        .asText();
  }

  /** A session of the attendance's kind on its day: a participation names a session that exists. */
  private String arrangeSessionFor(
      DemoContent.Attendance attendance, String projectId, String token) {
    Map<String, Object> activity = new LinkedHashMap<>();
    activity.put("title", "Co-production workshop");
    activity.put("activityType", attendance.activityType());
    activity.put("involvementLevel", "BIG_I");
    activity.put("purpose", "Design the change together with the people it affects");
    activity.put("projectId", projectId);
    String activityId =
        http.post(url("involvement-service", "/api/v1/activities"), token, activity)
            .path("id")
            .asText();
    OffsetDateTime startsAt =
        LocalDate.now()
            .minusDays(attendance.daysAgo())
            .atTime(LocalTime.of(10, 0))
            .atOffset(ZoneOffset.UTC);
    Map<String, Object> session = new LinkedHashMap<>();
    session.put("startsAt", startsAt.toString());
    session.put(
        "endsAt",
        startsAt
            .plusMinutes(attendance.hours().multiply(BigDecimal.valueOf(60)).longValue())
            .toString());
    session.put("location", "Education Centre, Room 2");
    session.put("online", false);
    return http.post(
            url("involvement-service", "/api/v1/activities/" + activityId + "/sessions"),
            token,
            session)
        .path("id")
        .asText();
  }

  private void recordAttendance(String sessionId, String token) {
    List<Map<String, Object>> entries = new ArrayList<>();
    for (int attendee : DemoContent.SESSION_ATTENDEES) {
      String personId = findPersonByEmail(DemoContent.PEOPLE.get(attendee).email());
      if (personId == null) {
        throw new IllegalStateException("A demo person is missing from the register");
      }
      entries.add(Map.of("personId", personId, "hours", DemoContent.SESSION_HOURS));
    }
    http.post(
        url("involvement-service", "/api/v1/sessions/" + sessionId + "/attendance"),
        token,
        Map.of("entries", entries));
  }

  private String awaitClaims(int expected) {
    if (!running.containsKey("payment-service")) {
      return "";
    }
    String token = tokens.accessToken("fiona.finance");
    URI claims = url("payment-service", "/api/v1/claims?limit=100");
    try {
      Health.await(
          PART,
          expected + " fee claims exist",
          CLAIMS_TIMEOUT,
          null,
          () -> http.get(claims, token).path("items").size() >= expected);
      return "; payment-service raised " + expected + " fee claims from them through Kafka";
    } catch (LaunchException e) {
      return "; payment-service has not raised all fee claims yet (see .coproduce/logs/payment-service.log)";
    }
  }

  /**
   * Returns what was added, or "" when Val already has payment details: how each demo person is
   * paid, and all but a few fee claims approved by finance, so the export queue has lines.
   */
  private String loadPaymentsOnce() {
    if (!running.containsKey("payment-service")) {
      return "";
    }
    String token = tokens.accessToken("fiona.finance");
    List<String> people = new ArrayList<>();
    for (DemoContent.NewPerson person : DemoContent.PEOPLE) {
      people.add(findPersonByEmail(person.email()));
    }
    if (hasPaymentDetails(people.get(DemoContent.VOLUNTEER_PERSON), token)) {
      return "";
    }
    // The coordinator enters the details and a second finance officer confirms bank details, so
    // that Fiona, who changed none of them, approves the claims (docs: payment diversion).
    String coordinator = tokens.accessToken("cora.coordinator");
    String secondFinance = tokens.accessToken("frank.finance");
    for (int i = 0; i < DemoContent.PAYEES.size(); i++) {
      DemoContent.Payee payee = DemoContent.PAYEES.get(i);
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("route", payee.route());
      body.put("bankAccountName", payee.bankAccountName());
      body.put("sortCode", payee.sortCode());
      body.put("accountNumber", payee.accountNumber());
      body.put("receivesBenefits", payee.receivesBenefits());
      String path = "/api/v1/payees/" + people.get(i);
      JsonNode saved = http.put(url("payment-service", path), coordinator, body);
      if (!saved.path("pendingChange").isMissingNode() && !saved.path("pendingChange").isNull()) {
        http.post(
            url("payment-service", path + "/pending-change/confirmation"), secondFinance, Map.of());
      }
    }
    JsonNode pending =
        http.get(url("payment-service", "/api/v1/claims?status=PENDING&limit=100"), token)
            .path("items");
    int approved = 0;
    for (int i = DemoContent.CLAIMS_LEFT_PENDING; i < pending.size(); i++) {
      String claim = pending.get(i).path("id").asText();
      http.post(url("payment-service", "/api/v1/claims/" + claim + "/approval"), token, Map.of());
      approved++;
    }
    return "; payment details for "
        + DemoContent.PAYEES.size()
        + " people, "
        + approved
        + " claims approved";
  }

  private boolean hasPaymentDetails(String personId, String token) {
    try {
      http.get(url("payment-service", "/api/v1/payees/" + personId), token);
      return true;
    } catch (Http.HttpException e) {
      if (e.status() == 404) {
        return false;
      }
      throw e;
    }
  }

  /**
   * Returns what was added, or "" when Vic is in the register already; links vic.volunteer to Vic's
   * record and writes both volunteers' person ids either way.
   */
  private String loadSecondVolunteerOnce(String valPersonId) {
    String vicPersonId = findPersonByEmail(DemoContent.SECOND_VOLUNTEER.email());
    String added = "";
    if (vicPersonId == null) {
      vicPersonId =
          http.post(
                  url("involvement-service", "/api/v1/people"),
                  tokens.accessToken("cora.coordinator"),
                  DemoContent.SECOND_VOLUNTEER)
              .path("id")
              .asText();
      link(DemoContent.SECOND_VOLUNTEER_LOGIN, vicPersonId);
      added = loadSecondVolunteerData(vicPersonId);
    } else {
      link(DemoContent.SECOND_VOLUNTEER_LOGIN, vicPersonId);
    }
    writeState(valPersonId, vicPersonId);
    return added;
  }

  /** Vic's own things, made as Vic where a volunteer may make them. */
  private String loadSecondVolunteerData(String personId) {
    String id = personId;
    int participations =
        recordParticipations(projectIds(), ignored -> id, DemoContent.SECOND_VOLUNTEER_ATTENDANCES);
    String vic = tokens.accessToken(DemoContent.SECOND_VOLUNTEER_LOGIN);
    http.post(
        url("involvement-service", "/api/v1/contributions"),
        vic,
        Map.of("personId", personId, "kind", "IDEA", "text", DemoContent.SECOND_VOLUNTEER_SAID));
    JsonNode opportunities =
        http.get(url("involvement-service", "/api/v1/opportunities?limit=1"), vic).path("items");
    if (!opportunities.isEmpty()) {
      expressInterest(opportunities.get(0).path("id").asText(), vic);
    }
    if (running.containsKey("payment-service")) {
      DemoContent.Payee payee = DemoContent.SECOND_VOLUNTEER_PAYEE;
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("route", payee.route());
      body.put("bankAccountName", payee.bankAccountName());
      body.put("sortCode", payee.sortCode());
      body.put("accountNumber", payee.accountNumber());
      body.put("receivesBenefits", payee.receivesBenefits());
      http.put(url("payment-service", "/api/v1/payees/" + personId), vic, body);
    }
    return "; a second volunteer (vic.volunteer) with "
        + participations
        + " participations, a contribution and an interest";
  }

  /** An opportunity loaded weeks ago may be closed to interest by now (409): then Vic has none. */
  private void expressInterest(String opportunityId, String token) {
    try {
      http.post(
          url(
              "involvement-service",
              "/api/v1/opportunities/" + opportunityId + "/expressions-of-interest"),
          token,
          Map.of());
    } catch (Http.HttpException e) {
      if (e.status() != 409) {
        throw e;
      }
    }
  }

  private void linkVolunteer(String personId) {
    link(DemoContent.VOLUNTEER_LOGIN, personId);
  }

  private void link(String login, String personId) {
    KeycloakAdmin.login(http).setUserAttribute(login, "person_id", personId);
  }

  private URI url(String app, String path) {
    return running.get(app).url(path);
  }

  private Path stateFile() {
    return state.resolve("demo-data.properties");
  }

  private void writeState(String valPersonId, String vicPersonId) {
    Properties properties = new Properties();
    properties.setProperty(PERSON_KEY, valPersonId);
    properties.setProperty(SECOND_PERSON_KEY, vicPersonId);
    try (var out = Files.newOutputStream(stateFile())) {
      properties.store(out, "What bin/run loaded as demo data");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
