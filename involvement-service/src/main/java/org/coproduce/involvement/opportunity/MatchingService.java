package org.coproduce.involvement.opportunity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.coproduce.involvement.consent.ConsentPurpose;
import org.coproduce.involvement.consent.ConsentService;
import org.coproduce.involvement.message.MessagePurpose;
import org.coproduce.involvement.message.MessageService;
import org.coproduce.involvement.person.Person;
import org.coproduce.platform.problem.ProblemException;
import org.coproduce.platform.problem.UniqueConstraint;
import org.coproduce.platform.security.CurrentUser;

/**
 * Matches people and opportunities on shared topics (interests) and times of week. Suggestions for
 * contact and invitations include only people whose consent to be contacted about opportunities is
 * in force at that moment.
 */
@ApplicationScoped
public class MatchingService {
  static final String ONE_INVITATION = "message_one_invitation";

  private static final Comparator<Opportunity> SOONEST_FIRST =
      Comparator.comparing(
          (Opportunity opportunity) -> opportunity.startsAt,
          Comparator.nullsLast(Comparator.naturalOrder()));

  private final EntityManager entityManager;
  private final OpportunityService opportunities;
  private final ConsentService consents;
  private final MessageService messages;

  public MatchingService(
      EntityManager entityManager,
      OpportunityService opportunities,
      ConsentService consents,
      MessageService messages) {
    this.entityManager = entityManager;
    this.opportunities = opportunities;
    this.consents = consents;
    this.messages = messages;
  }

  /** Open opportunities that suit the volunteer (from their token), best first, with why. */
  public List<OpportunityMatchView> matchesFor(CurrentUser caller, int limit) {
    UUID personId =
        caller.personId().orElseThrow(() -> new ProblemException.NotFound("Your person record"));
    Person person = Person.findById(personId);
    if (person == null) {
      throw new ProblemException.NotFound("Your person record");
    }
    @SuppressWarnings("unchecked")
    List<Opportunity> candidates =
        entityManager
            .createNativeQuery(
                "select o.* from opportunity o join person p on p.id = :personId"
                    + " where o.status = 'PUBLISHED' and (o.closes_on is null or o.closes_on >="
                    + " :today) and (o.topics && p.interests or o.times_of_week &&"
                    + " p.preferred_times)",
                Opportunity.class)
            .setParameter("personId", personId)
            .setParameter("today", OpportunityService.today())
            .getResultList();
    return candidates.stream()
        .sorted(
            Comparator.comparing(
                    (Opportunity opportunity) -> matchOf(opportunity, person), Match.BEST_FIRST)
                .thenComparing(SOONEST_FIRST))
        .limit(limit)
        .map(
            opportunity -> {
              Match match = matchOf(opportunity, person);
              return new OpportunityMatchView(
                  OpportunityView.of(opportunity), match.topics(), match.times());
            })
        .toList();
  }

  /**
   * People whose interests or times suit the opportunity, who consent now to be told about
   * opportunities and have not already expressed interest in it; best first.
   */
  public List<SuggestedPersonView> suggestedPeople(UUID opportunityId, CurrentUser caller) {
    Opportunity opportunity = opportunities.visible(opportunityId, caller, LockModeType.NONE);
    return suggestions(opportunity).stream()
        .map(
            person -> {
              Match match = matchOf(opportunity, person);
              return new SuggestedPersonView(
                  person.id, person.displayName, person.personType, match.topics(), match.times());
            })
        .toList();
  }

  /**
   * Sends each suggested person one in-app invitation. Consent is asked for again as each message
   * is sent, so nobody whose consent is not in force at this moment is contacted. Someone told
   * before is not told again.
   */
  @Transactional
  public InvitationsView invite(UUID opportunityId, CurrentUser caller) {
    Opportunity opportunity = opportunities.visible(opportunityId, caller, LockModeType.NONE);
    if (!opportunity.isOpen(OpportunityService.today())) {
      throw new ProblemException.Conflict(
          "Opportunity " + opportunityId + " is not open for interest", "status");
    }
    Set<UUID> invitedBefore = invitedTo(opportunityId);
    int invited = 0;
    int alreadyInvited = 0;
    for (Person person : suggestions(opportunity)) {
      if (invitedBefore.contains(person.id)) {
        alreadyInvited++;
      } else if (messages.send(
          person.id,
          MessagePurpose.OPPORTUNITY_INVITATION,
          opportunity.id,
          "An opportunity that may suit you: " + opportunity.title,
          Notices.describe(opportunity),
          caller.accountId())) {
        invited++;
      }
    }
    UniqueConstraint.flushOrRefuse(
        entityManager,
        ONE_INVITATION,
        () ->
            new ProblemException.Conflict(
                "Invitations to this opportunity are being sent by someone else; try again", null));
    return new InvitationsView(opportunityId, invited, alreadyInvited);
  }

  private List<Person> suggestions(Opportunity opportunity) {
    @SuppressWarnings("unchecked")
    List<UUID> matching =
        entityManager
            .createNativeQuery(
                "select p.id from person p join opportunity o on o.id = :opportunityId"
                    + " where (p.interests && o.topics or p.preferred_times && o.times_of_week)"
                    + " and not exists (select 1 from expression_of_interest e where"
                    + " e.opportunity_id = o.id and e.person_id = p.id and e.status <>"
                    + " 'WITHDRAWN')",
                UUID.class)
            .setParameter("opportunityId", opportunity.id)
            .getResultList();
    Set<UUID> allowed = consents.whoAllows(matching, ConsentPurpose.CONTACT_ABOUT_OPPORTUNITIES);
    if (allowed.isEmpty()) {
      return List.of();
    }
    return Person.<Person>list("id in ?1", allowed).stream()
        .sorted(
            Comparator.comparing((Person person) -> matchOf(opportunity, person), Match.BEST_FIRST)
                .thenComparing(person -> person.displayName))
        .toList();
  }

  private Set<UUID> invitedTo(UUID opportunityId) {
    return new HashSet<>(
        entityManager
            .createQuery(
                "select m.personId from Message m where m.opportunityId = :opportunityId"
                    + " and m.purpose = :purpose",
                UUID.class)
            .setParameter("opportunityId", opportunityId)
            .setParameter("purpose", MessagePurpose.OPPORTUNITY_INVITATION)
            .getResultList());
  }

  private static Match matchOf(Opportunity opportunity, Person person) {
    return Match.between(
        opportunity.topics, opportunity.timesOfWeek, person.interests, person.preferredTimes);
  }
}
