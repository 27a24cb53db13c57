package org.coproduce.involvement.opportunity;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The words of messages about an opportunity: what it is, when, where and what it offers. */
public final class Notices {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.UK)
          .withZone(ZoneId.of("Europe/London"));

  /** A plain description of the opportunity, for the body of a message. */
  public static String describe(Opportunity opportunity) {
    StringBuilder text = new StringBuilder(opportunity.title).append("\n\n");
    text.append(opportunity.purpose).append("\n");
    if (opportunity.startsAt != null) {
      text.append("\nWhen: ").append(WHEN.format(opportunity.startsAt));
    }
    text.append("\nWhere: ")
        .append(
            opportunity.online && opportunity.location != null
                ? opportunity.location + ", or online"
                : opportunity.online ? "online" : opportunity.location);
    if (opportunity.accessInformation != null) {
      text.append("\nAccess: ").append(opportunity.accessInformation);
    }
    if (opportunity.expectedHours != null) {
      text.append("\nTime needed: about ")
          .append(opportunity.expectedHours.stripTrailingZeros().toPlainString())
          .append(" hours");
    }
    if (opportunity.reward != null) {
      text.append("\nReward: ").append(opportunity.reward);
    }
    if (opportunity.closesOn != null) {
      text.append("\nSay you are interested by: ").append(opportunity.closesOn);
    }
    return text.toString();
  }

  private Notices() {}
}
