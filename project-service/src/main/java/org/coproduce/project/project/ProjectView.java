package org.coproduce.project.project;

import java.time.Instant;
import java.util.UUID;

public record ProjectView(
    UUID id,
    String title,
    String aim,
    ProjectStatus status,
    String lifeQiCode,
    Instant createdAt,
    long version) {

  public static ProjectView of(Project project) {
    return new ProjectView(
        project.id,
        project.title,
        project.aim,
        project.status,
        project.lifeQiCode,
        project.createdAt,
        project.version);
  }
}
