package org.coproduce.involvement.person;

/** The kinds of people in the involvement register. */
public enum PersonType {
  SERVICE_USER,
  CARER,
  FAMILY_MEMBER,
  STAKEHOLDER
}
