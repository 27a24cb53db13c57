package org.coproduce.project.team;

import java.util.UUID;

/**
 * A selection names a project this service does not have. The message is the dead-letter reason, so
 * it says what was wrong without any personal data.
 */
public class UnknownProjectException extends RuntimeException {
  public UnknownProjectException(UUID projectId) {
    super("project " + projectId + " is not known to project-service");
  }
}
