package org.coproduce.involvement.interest;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.coproduce.involvement.opportunity.Opportunity;
import org.coproduce.involvement.person.Person;
import org.coproduce.platform.privacy.PersonalData;

/**
 * The person's expressions of interest. On erasure the note (their availability and needs) is
 * wiped, and interest still waiting for a decision is withdrawn: nobody can be selected under a
 * pseudonym. Opportunity, status and dates stay as the record of who took part in what.
 */
@ApplicationScoped
public class InterestData implements PersonalData {

  @Override
  public String section() {
    return "interests";
  }

  @Override
  public List<InterestView> exportFor(UUID personId) {
    Person person = Person.findById(personId);
    return ExpressionOfInterest.<ExpressionOfInterest>list(
            "personId = ?1 order by createdAt, id", personId)
        .stream()
        .map(
            interest ->
                InterestView.of(
                    interest,
                    Opportunity.<Opportunity>findById(interest.opportunityId).title,
                    person == null ? null : person.displayName))
        .toList();
  }

  @Override
  public void erase(UUID personId) {
    Instant now = Instant.now();
    for (ExpressionOfInterest interest :
        ExpressionOfInterest.<ExpressionOfInterest>list("personId", personId)) {
      interest.note = null;
      if (interest.status.mayBecome(InterestStatus.WITHDRAWN)) {
        interest.status = InterestStatus.WITHDRAWN;
        interest.updatedAt = now;
      }
    }
  }
}
