package org.coproduce.involvement.person;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    description =
        "A person in the register. Contact details and access needs are present only for the"
            + " person themselves and the staff who keep the register (coordinator, admin)")
public record PersonView(
    UUID id,
    PersonType personType,
    String displayName,
    String email,
    String phone,
    String postalAddress,
    String postcode,
    String accessNeeds,
    Set<PreferredTime> preferredTimes,
    List<String> preferredLocations,
    List<String> interests,
    Instant createdAt,
    Instant updatedAt,
    @Schema(description = "When the person was erased; their name is then a pseudonym")
        Instant erasedAt,
    long version) {

  /** Everything, for the person and the register's keepers. */
  public static PersonView of(Person person) {
    return new PersonView(
        person.id,
        person.personType,
        person.displayName,
        person.email,
        person.phone,
        person.postalAddress,
        person.postcode,
        person.accessNeeds,
        times(person),
        List.copyOf(person.preferredLocations),
        List.copyOf(person.interests),
        person.createdAt,
        person.updatedAt,
        person.erasedAt,
        person.version);
  }

  /**
   * Without contact details or access needs: what other staff (a QI lead planning a team, finance
   * checking a claim) may see.
   */
  public static PersonView withoutContact(Person person) {
    return new PersonView(
        person.id,
        person.personType,
        person.displayName,
        null,
        null,
        null,
        null,
        null,
        times(person),
        List.copyOf(person.preferredLocations),
        List.copyOf(person.interests),
        person.createdAt,
        person.updatedAt,
        person.erasedAt,
        person.version);
  }

  private static Set<PreferredTime> times(Person person) {
    Set<PreferredTime> times = new TreeSet<>();
    person.preferredTimes.forEach(time -> times.add(PreferredTime.valueOf(time)));
    return times;
  }
}
