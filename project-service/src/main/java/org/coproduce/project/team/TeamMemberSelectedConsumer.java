package org.coproduce.project.team;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.coproduce.events.TeamMemberSelected;
import org.coproduce.platform.inbox.Inbox;
import org.coproduce.platform.messaging.Deliveries;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Adds people selected for QI project roles in involvement-service to the project's team. The inbox
 * row and the member commit together; a message that cannot be read, or names a project unknown
 * here, is parked in the dead-letter topic with the reason ({@link Deliveries}).
 */
@ApplicationScoped
public class TeamMemberSelectedConsumer {
  static final String CONSUMER = "project-service.team";

  private final Inbox inbox;
  private final TeamService team;
  private final Deliveries deliveries;

  public TeamMemberSelectedConsumer(Inbox inbox, TeamService team, Deliveries deliveries) {
    this.inbox = inbox;
    this.team = team;
    this.deliveries = deliveries;
  }

  @Incoming("involvement-events")
  @Blocking
  public void on(ConsumerRecord<String, String> record) {
    deliveries.handle(CONSUMER, record, this::receive);
  }

  private void receive(String message) {
    inbox
        .receive(CONSUMER, message)
        .filter(received -> received.event() instanceof TeamMemberSelected)
        .ifPresent(
            received ->
                team.join((TeamMemberSelected) received.event(), received.envelope().occurredAt()));
  }
}
