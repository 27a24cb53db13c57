package org.coproduce.events;

/** A message that no consumer can handle as it stands; it belongs in the dead-letter topic. */
public class MalformedEventException extends RuntimeException {
  public MalformedEventException(String reason) {
    super(reason);
  }
}
