package org.coproduce.launcher.demo;

import java.math.BigDecimal;
import java.util.List;

/**
 * The demo data: three QI projects, five people (Val is the person of the demo login val.volunteer)
 * and their participations; two published opportunities, and an activity with a session Val and Sam
 * attended. Everyone here is fictional; e-mail addresses use example.org and phone numbers the
 * range Ofcom keeps for drama.
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

  /**
   * A published opportunity; {@code project} indexes {@link #PROJECTS} (or is null), and {@code
   * closesInDays} counts from the day the demo data is loaded.
   */
  record Opportunity(
      String kind,
      String involvementLevel,
      Integer project,
      String title,
      String purpose,
      boolean online,
      String location,
      String accessInformation,
      BigDecimal expectedHours,
      String reward,
      List<String> topics,
      List<String> timesOfWeek,
      int placesAvailable,
      int closesInDays) {}

  /** Val's interests: the focus group below is about one of them, so it matches her first. */
  static final List<String> VOLUNTEER_INTERESTS = List.of("appointments", "mental health");

  static final List<Opportunity> OPPORTUNITIES =
      List.of(
          new Opportunity(
              "QI_PROJECT_ROLE",
              "BIG_I",
              1,
              "Carer member of the carers' welcome pack project team",
              "A welcome pack that carers helped write, so carers of people admitted to our wards"
                  + " know what to expect and who to ask from the first day",
              false,
              "Seminar room 2, St James's Hospital, Leeds",
              "Step-free entrance; hearing loop; quiet room available",
              new BigDecimal("2"),
              "£20 per meeting, travel expenses paid",
              List.of("carers", "older people"),
              List.of("WEEKDAY_AFTERNOON"),
              2,
              28),
          new Opportunity(
              "FOCUS_GROUP",
              null,
              null,
              "Focus group: why appointments get missed",
              "What people who have missed appointments tell us shapes the reminders we test, so"
                  + " fewer people miss the care they need",
              true,
              null,
              "On Microsoft Teams with captions; a phone dial-in number is available",
              new BigDecimal("1.5"),
              "£15 shopping voucher",
              List.of("appointments", "mental health"),
              List.of("WEEKDAY_MORNING"),
              8,
              21));

  /** The activity of the focus group, with one session two days before loading. */
  static final String ACTIVITY_TITLE = "Missed appointments focus group";

  static final String ACTIVITY_PURPOSE =
      "Reminders that work for the people who get them, so fewer appointments are missed";

  /** Who attended the demo session, by index in {@link #PEOPLE}, and for how long. */
  static final List<Integer> SESSION_ATTENDEES = List.of(0, 1);

  static final BigDecimal SESSION_HOURS = new BigDecimal("1.5");

  /** How a demo person is paid; bank details only for BACS (made-up numbers). */
  record Payee(
      String route,
      String bankAccountName,
      String sortCode,
      String accountNumber,
      boolean receivesBenefits) {}

  /** By index in {@link #PEOPLE}: Val is paid by BACS and receives benefits. */
  static final List<Payee> PAYEES =
      List.of(
          new Payee("BACS", "Val Volunteer", "12-34-56", "87654321", true),
          new Payee("PAYROLL", null, null, null, false),
          new Payee("VOUCHER", null, null, null, false),
          new Payee("DECLINE", null, null, null, true),
          new Payee("BACS", "Grace Mensah", "65-43-21", "12348765", false));

  /** How many of the demo fee claims are left awaiting approval, for the approval queues. */
  static final int CLAIMS_LEFT_PENDING = 2;

  /**
   * A second volunteer login with a person, participations (and so fee claims), payment details, a
   * contribution and an interest of their own: what the abuse suite's cross-user checks ask for as
   * the other volunteer.
   */
  static final String SECOND_VOLUNTEER_LOGIN = "vic.volunteer";

  static final NewPerson SECOND_VOLUNTEER =
      new NewPerson("CARER", "Vic Volunteer", "vic.volunteer@example.org", "07700 900106");

  static final List<Attendance> SECOND_VOLUNTEER_ATTENDANCES =
      List.of(
          new Attendance(-1, 0, "FOCUS_GROUP", 12, new BigDecimal("2"), null),
          new Attendance(-1, 2, "MEETING", 5, new BigDecimal("1"), null));

  static final Payee SECOND_VOLUNTEER_PAYEE =
      new Payee("BACS", "Vic Volunteer", "11-22-33", "44556677", false);

  static final String SECOND_VOLUNTEER_SAID =
      "Carers would come to more meetings if they were held after school hours";

  private DemoContent() {}
}
