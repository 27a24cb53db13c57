package org.coproduce.involvement.contribution;

/** How the person was told what was done with what they said. */
public enum TellBackChannel {
  EMAIL,
  LETTER,
  PHONE,
  IN_PERSON,
  MEETING,
  NEWSLETTER
}
