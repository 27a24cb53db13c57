package org.coproduce.events;

import java.util.UUID;

/** A QI project was created. The title and aim stay in project-service. */
public record ProjectCreated(UUID projectId, String status) implements Event {
  @Override
  public String aggregateId() {
    return projectId.toString();
  }
}
