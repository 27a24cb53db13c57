package org.coproduce.involvement.person;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.UUID;
import org.coproduce.platform.privacy.PersonalData;

/**
 * The person's record in the register. Erasure keeps the row, so everything recorded against the id
 * stays history, but the name becomes a pseudonym and every other personal field is wiped.
 */
@ApplicationScoped
public class PersonProfileData implements PersonalData {

  @Override
  public String section() {
    return "person";
  }

  @Override
  public PersonView exportFor(UUID personId) {
    Person person = Person.findById(personId);
    return person == null ? null : PersonView.of(person);
  }

  @Override
  public void erase(UUID personId) {
    Person person = Person.findById(personId);
    if (person == null) {
      return;
    }
    person.displayName = pseudonym(personId);
    person.email = null;
    person.phone = null;
    person.postalAddress = null;
    person.postcode = null;
    person.accessNeeds = null;
    person.preferredTimes = new ArrayList<>();
    person.preferredLocations = new ArrayList<>();
    person.interests = new ArrayList<>();
    person.updatedAt = Instant.now();
  }

  /** Made from the id alone, so it says nothing about the person and is the same every time. */
  static String pseudonym(UUID personId) {
    return "Erased person " + personId.toString().substring(0, 6);
  }
}
