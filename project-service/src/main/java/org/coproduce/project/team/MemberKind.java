package org.coproduce.project.team;

/**
 * Who a team member is: someone from the involvement register (by their type there) or, later, a
 * member of staff.
 */
public enum MemberKind {
  SERVICE_USER,
  CARER,
  FAMILY_MEMBER,
  STAKEHOLDER
}
