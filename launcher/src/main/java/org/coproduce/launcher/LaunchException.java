package org.coproduce.launcher;

import java.nio.file.Path;
import java.util.Optional;

/** A part of the system that could not be started: says which part and where its log is. */
public class LaunchException extends RuntimeException {
  private final String part;
  private final transient Path log;

  public LaunchException(String part, Path log, String message) {
    this(part, log, message, null);
  }

  public LaunchException(String part, Path log, String message, Throwable cause) {
    super(message, cause);
    this.part = part;
    this.log = log;
  }

  public String part() {
    return part;
  }

  public Optional<Path> log() {
    return Optional.ofNullable(log);
  }
}
