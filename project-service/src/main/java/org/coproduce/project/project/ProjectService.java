package org.coproduce.project.project;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.coproduce.events.ProjectCreated;
import org.coproduce.platform.outbox.Outbox;
import org.coproduce.platform.paging.Cursor;
import org.coproduce.platform.paging.Page;
import org.coproduce.platform.paging.PageRequest;
import org.coproduce.platform.problem.ProblemException;
import org.coproduce.platform.problem.UniqueConstraint;

@ApplicationScoped
public class ProjectService {
  /** The unique constraint of the migration on Life QI codes. */
  static final String LIFE_QI_CODE_UNIQUE = "project_life_qi_code_key";

  private final EntityManager entityManager;
  private final Outbox outbox;

  public ProjectService(EntityManager entityManager, Outbox outbox) {
    this.entityManager = entityManager;
    this.outbox = outbox;
  }

  /**
   * Creates a project and its {@code ProjectCreated} event in one transaction. A Life QI code that
   * is already taken is caught by the database at flush, which rolls back the event too.
   */
  @Transactional
  public ProjectView create(NewProject request, String accountId) {
    Project project = new Project();
    project.id = UUID.randomUUID();
    project.title = request.title().strip();
    project.aim = request.aim().strip();
    project.status = request.status() == null ? ProjectStatus.IDEA : request.status();
    project.lifeQiCode = request.lifeQiCode();
    project.createdAt = Instant.now();
    project.createdBy = accountId;
    project.persist();
    outbox.publish(new ProjectCreated(project.id, project.status.name()));
    UniqueConstraint.flushOrRefuse(
        entityManager,
        LIFE_QI_CODE_UNIQUE,
        () ->
            new ProblemException.Conflict(
                "Life QI code is already used by another project", "lifeQiCode"));
    return ProjectView.of(project);
  }

  public ProjectView get(UUID id) {
    Project project = Project.findById(id);
    if (project == null) {
      throw new ProblemException.NotFound("Project " + id);
    }
    return ProjectView.of(project);
  }

  public Page<ProjectView> list(ProjectStatus status, PageRequest page) {
    Map<String, Object> params = new HashMap<>();
    String filter = null;
    if (status != null) {
      filter = "e.status = :status";
      params.put("status", status);
    }
    return Page.of(
        page.fetch(entityManager, Project.class, filter, params),
        page,
        project -> new Cursor(project.createdAt, project.id),
        ProjectView::of);
  }
}
