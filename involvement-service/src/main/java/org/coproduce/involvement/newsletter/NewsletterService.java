package org.coproduce.involvement.newsletter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduce.involvement.TrustCalendar;
import org.coproduce.involvement.audit.AuditedRecord;
import org.coproduce.involvement.consent.ConsentPurpose;
import org.coproduce.involvement.consent.ConsentService;
import org.coproduce.platform.audit.AccessAudit;
import org.coproduce.platform.paging.Cursor;
import org.coproduce.platform.paging.Page;
import org.coproduce.platform.paging.PageRequest;
import org.coproduce.platform.problem.ProblemException;
import org.coproduce.platform.problem.UniqueConstraint;
import org.coproduce.platform.security.CurrentUser;

/** Newsletter items, and the digest of a period with the people who may be sent it. */
@ApplicationScoped
public class NewsletterService {
  static final String ONCE_PER_MEETING = "newsletter_item_once_per_meeting";

  /** A digest covers at most about a year: the newsletter goes out far more often than that. */
  static final int LONGEST_PERIOD_DAYS = 366;

  private final EntityManager entityManager;
  private final ConsentService consents;
  private final AccessAudit audit;

  public NewsletterService(
      EntityManager entityManager, ConsentService consents, AccessAudit audit) {
    this.entityManager = entityManager;
    this.consents = consents;
    this.audit = audit;
  }

  @Transactional
  public NewsletterItemView write(NewNewsletterItem request, String accountId) {
    return NewsletterItemView.of(
        add(request.title().strip(), request.body().strip(), null, accountId));
  }

  /** The item a meeting's published minutes make; called in the publication's transaction. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void addFromMinutes(
      UUID meetingId, String meetingTitle, String minutes, String accountId) {
    add("Minutes: " + meetingTitle, minutes, meetingId, accountId);
    UniqueConstraint.flushOrRefuse(
        entityManager,
        ONCE_PER_MEETING,
        () -> new ProblemException.Conflict("The minutes are already in the newsletter", null));
  }

  public NewsletterItemView get(UUID id) {
    NewsletterItem item = NewsletterItem.findById(id);
    if (item == null) {
      throw new ProblemException.NotFound("Newsletter item " + id);
    }
    return NewsletterItemView.of(item);
  }

  public Page<NewsletterItemView> list(PageRequest page) {
    return Page.of(
        page.fetch(entityManager, NewsletterItem.class, null, Map.of()),
        page,
        item -> new Cursor(item.createdAt, item.id),
        NewsletterItemView::of);
  }

  /**
   * The items added on the days from {@code from} to {@code to} and the people with newsletter
   * consent in force now: asked at the moment the digest is built, so a withdrawal counts at once.
   * Staff seeing who the recipients are is a read of their records, so it is audited.
   */
  @Transactional
  public DigestView digest(LocalDate from, LocalDate to, CurrentUser caller) {
    requirePeriod(from, to);
    Instant builtAt = Instant.now();
    List<NewsletterItemView> items =
        entityManager
            .createQuery(
                "select i from NewsletterItem i where i.createdAt >= :start and i.createdAt < :end"
                    + " order by i.createdAt, i.id",
                NewsletterItem.class)
            .setParameter("start", TrustCalendar.startOf(from))
            .setParameter("end", TrustCalendar.startOf(to.plusDays(1)))
            .getResultStream()
            .map(NewsletterItemView::of)
            .toList();
    List<DigestView.Recipient> recipients =
        consents.peopleAllowing(ConsentPurpose.NEWSLETTER).stream()
            .map(person -> new DigestView.Recipient(person.id, person.displayName))
            .toList();
    recipients.forEach(
        recipient ->
            audit.recordRead(caller, recipient.personId(), AuditedRecord.NEWSLETTER_RECIPIENT));
    return new DigestView(from, to, builtAt, items, recipients);
  }

  private static void requirePeriod(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw new ProblemException.InvalidField("to", "must be on or after from");
    }
    if (from.plusDays(LONGEST_PERIOD_DAYS).isBefore(to)) {
      throw new ProblemException.InvalidField(
          "to", "must be at most " + LONGEST_PERIOD_DAYS + " days after from");
    }
  }

  private NewsletterItem add(String title, String body, UUID meetingId, String accountId) {
    NewsletterItem item = new NewsletterItem();
    item.id = UUID.randomUUID();
    item.title = title;
    item.body = body;
    item.meetingId = meetingId;
    item.createdAt = Instant.now();
    item.createdBy = accountId;
    item.persist();
    return item;
  }
}
