package org.coproduce.involvement.person;

import java.time.Instant;
import java.util.UUID;

public record PersonView(
    UUID id,
    PersonType personType,
    String displayName,
    String email,
    String phone,
    Instant createdAt,
    long version) {

  public static PersonView of(Person person) {
    return new PersonView(
        person.id,
        person.personType,
        person.displayName,
        person.email,
        person.phone,
        person.createdAt,
        person.version);
  }
}
