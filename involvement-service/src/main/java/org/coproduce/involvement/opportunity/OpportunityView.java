package org.coproduce.involvement.opportunity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.coproduce.involvement.person.PreferredTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An opportunity to get involved")
public record OpportunityView(
    UUID id,
    OpportunityKind kind,
    InvolvementLevel involvementLevel,
    UUID projectId,
    String title,
    String purpose,
    Instant startsAt,
    Instant endsAt,
    boolean online,
    String location,
    String accessInformation,
    BigDecimal expectedHours,
    String reward,
    List<String> topics,
    Set<PreferredTime> timesOfWeek,
    int placesAvailable,
    LocalDate closesOn,
    OpportunityStatus status,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  public static OpportunityView of(Opportunity opportunity) {
    return new OpportunityView(
        opportunity.id,
        opportunity.kind,
        opportunity.involvementLevel,
        opportunity.projectId,
        opportunity.title,
        opportunity.purpose,
        opportunity.startsAt,
        opportunity.endsAt,
        opportunity.online,
        opportunity.location,
        opportunity.accessInformation,
        opportunity.expectedHours,
        opportunity.reward,
        List.copyOf(opportunity.topics),
        times(opportunity.timesOfWeek),
        opportunity.placesAvailable,
        opportunity.closesOn,
        opportunity.status,
        opportunity.createdAt,
        opportunity.updatedAt,
        opportunity.version);
  }

  static Set<PreferredTime> times(List<String> names) {
    Set<PreferredTime> times = new TreeSet<>();
    names.forEach(name -> times.add(PreferredTime.valueOf(name)));
    return times;
  }
}
