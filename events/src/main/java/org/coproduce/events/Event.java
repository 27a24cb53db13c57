package org.coproduce.events;

/**
 * A fact that happened in one service, as other services may know it: ids and facts only, never
 * names, contact details, bank details or free text about a person.
 */
public sealed interface Event
    permits ProjectCreated,
        PersonRegistered,
        ParticipationRecordedV1,
        ParticipationRecorded,
        ParticipationCorrected,
        ActivityPlanned,
        FeedbackGiven,
        ActivityEvaluated,
        PyramidLevelChanged,
        AmbassadorElected,
        ContributionRecorded,
        ContributionToldBack,
        TeamMemberSelected,
        PersonErased,
        PaymentClaimCreated,
        PaymentClaimApproved,
        PaymentClaimRejected,
        PaymentMade,
        PayeeDetailsChanged {

  /**
   * The id of the aggregate the event is about; it is the Kafka key, so ordering is per aggregate.
   */
  String aggregateId();
}
