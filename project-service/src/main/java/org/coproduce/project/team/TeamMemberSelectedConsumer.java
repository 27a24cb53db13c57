package org.coproduce.project.team;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.coproduce.events.TeamMemberSelected;
import org.coproduce.platform.inbox.Inbox;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Adds people selected for QI project roles in involvement-service to the project's team. The inbox
 * row and the member commit together; a message that cannot be read, or names a project unknown
 * here, fails and the connector parks it in the dead-letter topic with the reason.
 */
@ApplicationScoped
public class TeamMemberSelectedConsumer {
  static final String CONSUMER = "project-service.team";

  private final Inbox inbox;
  private final TeamService team;

  public TeamMemberSelectedConsumer(Inbox inbox, TeamService team) {
    this.inbox = inbox;
    this.team = team;
  }

  @Incoming("involvement-events")
  @Blocking
  @Transactional
  public void on(String message) {
    inbox
        .receive(CONSUMER, message)
        .filter(received -> received.event() instanceof TeamMemberSelected)
        .ifPresent(
            received ->
                team.join((TeamMemberSelected) received.event(), received.envelope().occurredAt()));
  }
}
