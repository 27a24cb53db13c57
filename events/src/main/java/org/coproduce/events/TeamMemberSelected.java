package org.coproduce.events;

import java.util.UUID;

/**
 * A coordinator in involvement-service selected a person for a QI project role, so they join that
 * project's team in project-service. {@code selectionId} is the selected expression of interest:
 * one selection, one team member, however often the event arrives. {@code personType} is the
 * register's type ({@code SERVICE_USER}, {@code CARER}, {@code FAMILY_MEMBER}, {@code STAKEHOLDER})
 * and {@code involvementLevel} is {@code BIG_I} (full team member sharing decisions) or {@code
 * LITTLE_I} (consulted periodically).
 */
public record TeamMemberSelected(
    UUID selectionId,
    UUID opportunityId,
    UUID projectId,
    UUID personId,
    String personType,
    String involvementLevel)
    implements Event {
  @Override
  public String aggregateId() {
    return selectionId.toString();
  }
}
