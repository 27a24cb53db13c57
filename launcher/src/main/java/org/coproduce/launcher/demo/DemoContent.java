package org.coproduce.launcher.demo;

import java.math.BigDecimal;
import java.util.List;

/**
 * The demo data: three QI projects, five people (Val is the person of the demo login val.volunteer)
 * and their participations. Everyone here is fictional; e-mail addresses use example.org and phone
 * numbers the range Ofcom keeps for drama.
 */
final class DemoContent {

  record NewProject(String title, String aim, String status, String lifeQiCode) {}

  record NewPerson(String personType, String displayName, String email, String phone) {}

  /**
   * Indexes into {@link #PROJECTS} and {@link #PEOPLE}; {@code session} groups a shared session.
   */
  record Attendance(
      int person,
      int project,
      String activityType,
      int daysAgo,
      BigDecimal hours,
      String session) {}

  static final String VOLUNTEER_LOGIN = "val.volunteer";

  /** The index in {@link #PEOPLE} of the person behind the login {@link #VOLUNTEER_LOGIN}. */
  static final int VOLUNTEER_PERSON = 0;

  static final List<NewProject> PROJECTS =
      List.of(
          new NewProject(
              "Reducing missed outpatient appointments",
              "Cut missed appointments in adult mental health outpatients from 18% to 10% by March 2027",
              "TESTING",
              "LQI-48213"),
          new NewProject(
              "A welcome pack for carers, written with carers",
              "Every carer of a person newly admitted to an older people's ward gets a welcome pack"
                  + " co-produced with carers within 48 hours of admission, by December 2026",
              "PLANNING",
              "LQI-50117"),
          new NewProject(
              "Safer discharge from older people's wards",
              "Halve readmissions within 30 days of discharge from older people's wards by June 2027",
              "IDEA",
              null));

  static final List<NewPerson> PEOPLE =
      List.of(
          new NewPerson(
              "SERVICE_USER", "Val Volunteer", "val.volunteer@example.org", "07700 900101"),
          new NewPerson("CARER", "Sam Okafor", "sam.okafor@example.org", "07700 900102"),
          new NewPerson("SERVICE_USER", "Priya Shah", "priya.shah@example.org", null),
          new NewPerson("FAMILY_MEMBER", "Tom Reed", "tom.reed@example.org", "07700 900104"),
          new NewPerson("CARER", "Grace Mensah", "grace.mensah@example.org", null));

  static final List<Attendance> ATTENDANCES =
      List.of(
          new Attendance(0, 0, "FOCUS_GROUP", 21, new BigDecimal("2.5"), null),
          new Attendance(0, 1, "CO_PRODUCTION_WORKSHOP", 14, new BigDecimal("3"), "workshop-1"),
          new Attendance(1, 1, "CO_PRODUCTION_WORKSHOP", 14, new BigDecimal("3"), "workshop-1"),
          new Attendance(2, 0, "PROJECT_TEAM_MEETING", 10, new BigDecimal("1.5"), null),
          new Attendance(3, 2, "MEETING", 7, new BigDecimal("1"), null),
          new Attendance(4, 1, "FOCUS_GROUP", 3, new BigDecimal("2"), null));

  private DemoContent() {}
}
