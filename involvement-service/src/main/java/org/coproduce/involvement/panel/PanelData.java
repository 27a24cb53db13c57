package org.coproduce.involvement.panel;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.coproduce.platform.privacy.PersonalData;

/**
 * The recruitment panels the person sat on and the scores they gave. Membership and scores stay,
 * since the panel's decision rests on them; the notes beside the scores are the person's own words
 * and are wiped.
 */
@ApplicationScoped
public class PanelData implements PersonalData {

  @Override
  public String section() {
    return "panels";
  }

  @Override
  public List<Membership> exportFor(UUID personId) {
    return PanelMember.<PanelMember>list("personId = ?1 order by createdAt, id", personId).stream()
        .map(Membership::of)
        .toList();
  }

  @Override
  public void erase(UUID personId) {
    PanelScore.<PanelScore>list(
            "memberId in (select m.id from PanelMember m where m.personId = ?1)", personId)
        .forEach(score -> score.note = null);
  }

  /** A panel the person sat on, and the scores they gave on it. */
  public record Membership(
      UUID panelId,
      String postTitle,
      LocalDate interviewDate,
      UUID memberId,
      Instant addedAt,
      List<ScoreView> scores) {

    static Membership of(PanelMember member) {
      Panel panel = Panel.findById(member.panelId);
      return new Membership(
          panel.id,
          panel.postTitle,
          panel.interviewDate,
          member.id,
          member.createdAt,
          PanelScore.<PanelScore>list("memberId = ?1 order by createdAt, id", member.id).stream()
              .map(ScoreView::of)
              .toList());
    }
  }
}
