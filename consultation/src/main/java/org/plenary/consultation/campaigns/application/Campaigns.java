package org.plenary.consultation.campaigns.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.plenary.consultation.consultations.application.CommentModeration;
import org.plenary.consultation.consultations.application.Consultations;
import org.plenary.consultation.consultations.domain.Comment;
import org.plenary.consultation.consultations.domain.ConsultationRefused;
import org.plenary.consultation.consultations.domain.ConsultationRefused.Code;
import org.plenary.consultation.consultations.domain.ResponseOutcome;
import org.plenary.consultation.shared.Columns;
import org.plenary.consultation.shared.CommentSummaries;
import org.plenary.core.audit.application.AuditLog;
import org.plenary.core.audit.domain.AuditAction;
import org.plenary.core.audit.domain.AuditObjectType;
import org.plenary.core.security.domain.Roles;
import org.plenary.core.shared.NotFoundException;

/**
 * A consultation's campaigns: its published comments grouped by the hash of their normalised text
 * (GROUP BY on the database, never by loading the comments), largest first; the drafter answers a
 * group once and the answer is written to every copy in one UPDATE.
 */
@Stateless
public class Campaigns {
  /** A group of fewer copies is not a campaign. */
  public static final int MIN_COPIES = 2;

  private static final Logger LOG = Logger.getLogger(Campaigns.class.getName());

  @PersistenceContext EntityManager em;
  @Inject CampaignSnapshots snapshots;
  @Resource SessionContext session;

  /**
   * The comment that stands for a group (its id, in SQL over consultation_comment): the first copy
   * that is not hidden, else the first. A hidden copy's text is not shown, nor its reason as if it
   * were the text.
   */
  static final String SAMPLE_SQL =
      "coalesce(min(case when hidden_reason is null then id end), min(id))";

  @Inject Consultations consultations;
  @Inject CommentModeration moderation;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /**
   * Groups of at least {@code minCopies} published comments, largest first, a page at a time: from
   * the groups kept ({@link CampaignSnapshots}, at most {@link CommentSummaries#MAX_AGE} old,
   * dropped by an answer) for {@value #MIN_COPIES} copies or more; grouped now for fewer.
   */
  @PermitAll
  public List<Campaign> page(long consultationId, int minCopies, int first, int size) {
    consultations.get(consultationId);
    List<Object[]> groups =
        minCopies >= MIN_COPIES
            ? kept(consultationId).page(consultationId, minCopies, first, size)
            : rows(
                em.createNativeQuery(
                        "select text_hash, count(*), count(response_outcome), min(created_at),"
                            + " max(created_at), "
                            + SAMPLE_SQL
                            + " from consultation_comment where consultation_id = ?1"
                            + " and published = ?2 group by text_hash having count(*) >= ?3"
                            + " order by count(*) desc, min(id)")
                    .setParameter(1, consultationId)
                    .setParameter(2, Boolean.TRUE)
                    .setParameter(3, (long) Math.max(1, minCopies))
                    .setFirstResult(Math.max(0, first))
                    .setMaxResults(Math.max(1, size))
                    .getResultList());
    if (groups.isEmpty()) {
      return List.of();
    }
    // the first copy of each group that is not hidden, in one query: its text stands for the
    // group's (a group whose copies are all hidden shows that, with the reason, not its text)
    Map<Long, Comment> firsts =
        em.createQuery("select c from Comment c where c.id in :ids", Comment.class)
            .setParameter("ids", groups.stream().map(g -> ((Number) g[5]).longValue()).toList())
            .getResultStream()
            .collect(Collectors.toMap(Comment::getId, Function.identity()));
    return groups.stream()
        .map(
            g -> {
              Comment sample = firsts.get(((Number) g[5]).longValue());
              return new Campaign(
                  (String) g[0],
                  sample.isHidden() ? null : sample.getText(),
                  sample.isHidden() ? sample.getHiddenReason() : null,
                  ((Number) g[1]).longValue(),
                  ((Number) g[2]).longValue(),
                  Columns.time(g[3]),
                  Columns.time(g[4]),
                  sample.getResponseOutcome() == null ? null : sample.getResponseOutcome().name(),
                  sample.getResponseText());
            })
        .toList();
  }

  /** A native query's rows, each an array of its columns. */
  static List<Object[]> rows(List<?> rows) {
    return rows.stream().map(row -> (Object[]) row).toList();
  }

  /** How many groups of at least {@code minCopies} copies the consultation has. */
  @PermitAll
  public long count(long consultationId, int minCopies) {
    if (minCopies >= MIN_COPIES) {
      return kept(consultationId).count(consultationId, minCopies);
    }
    Object count =
        em.createNativeQuery(
                "select count(*) from (select text_hash from consultation_comment"
                    + " where consultation_id = ? and published = true"
                    + " group by text_hash having count(*) >= ?) g")
            .setParameter(1, consultationId)
            .setParameter(2, Math.max(1, minCopies))
            .getSingleResult();
    return ((Number) count).longValue();
  }

  /**
   * When the groups of {@value #MIN_COPIES} copies or more that {@link #page} and {@link #count}
   * show were grouped: up to {@link CommentSummaries#MAX_AGE} ago.
   */
  @PermitAll
  public OffsetDateTime groupedAt(long consultationId) {
    OffsetDateTime now = CommentSummaries.now(clock);
    return kept(consultationId, now).orElse(now);
  }

  /**
   * When the kept groups were grouped; grouped again first when missing or older than the maximum
   * age. Empty only if another reader's grouping could not be read back.
   */
  private Optional<OffsetDateTime> kept(long consultationId, OffsetDateTime now) {
    Optional<OffsetDateTime> kept =
        snapshots.since(consultationId, now.minus(CommentSummaries.MAX_AGE));
    if (kept.isPresent()) {
      return kept;
    }
    try {
      snapshots.group(consultationId, now);
      return Optional.of(now);
    } catch (EJBException | PersistenceException concurrent) {
      // another reader grouped them first (its snapshot row came first): read its groups
      LOG.log(
          Level.FINE,
          "campaigns of consultation " + consultationId + " grouped by another",
          concurrent);
      return snapshots.since(consultationId, now.minus(CommentSummaries.MAX_AGE));
    }
  }

  /** The kept groups, grouped again first when missing or older than the maximum age. */
  private CampaignSnapshots kept(long consultationId) {
    kept(consultationId, CommentSummaries.now(clock));
    return snapshots;
  }

  /**
   * The drafter answers every copy of the text with this hash at once; returns how many comments
   * were answered.
   *
   * @throws NotFoundException when the consultation has no published comment with that hash
   * @throws ConsultationRefused NOT_THE_DRAFTER, OUTCOME_UNKNOWN, JUSTIFICATION_MISSING
   */
  @RolesAllowed({Roles.SECRETARIAT, Roles.MINISTRY, Roles.MEMBER, Roles.DELEGATE})
  public int respond(
      long consultationId,
      String hash,
      ResponseOutcome outcome,
      String justification,
      Integer inVersion,
      String inSection) {
    if (!moderation.mayModerate(consultationId)) {
      throw new ConsultationRefused(
          Code.NOT_THE_DRAFTER, null, "only the drafter or the secretariat answers comments");
    }
    Comment first =
        em.createQuery(
                "select c from Comment c where c.consultationId = :id and c.textHash = :hash"
                    + " and c.published = :published order by c.id",
                Comment.class)
            .setParameter("id", consultationId)
            .setParameter("hash", hash)
            .setParameter("published", Boolean.TRUE)
            .setMaxResults(1)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new NotFoundException("campaign", hash));
    String by = session.getCallerPrincipal().getName();
    OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
    // the first copy checks the answer's rules and is written as usual; the others in one UPDATE
    first.respond(outcome, justification, inVersion, inSection, by, clock.instant());
    em.flush();
    // Native, so every value is bound: EclipseLink writes a JPQL bulk update's parameters into
    // the SQL as literals, and H2 refuses its literal for a boolean (published = 1). A null is
    // bound without a type, hence the cast for the integer column.
    int others =
        em.createNativeQuery(
                "update consultation_comment set response_outcome = ?, response_text = ?,"
                    + " resolved_version = cast(? as integer), resolved_section = ?, responded_by = ?,"
                    + " responded_at = ?, version = version + 1"
                    + " where consultation_id = ? and text_hash = ? and published = ? and id <> ?")
            .setParameter(1, first.getResponseOutcome().name())
            .setParameter(2, first.getResponseText())
            .setParameter(3, first.getResolvedVersion())
            .setParameter(4, first.getResolvedSection())
            .setParameter(5, by)
            .setParameter(6, now)
            .setParameter(7, consultationId)
            .setParameter(8, hash)
            .setParameter(9, Boolean.TRUE)
            .setParameter(10, first.getId())
            .executeUpdate();
    CommentSummaries.invalidate(em, consultationId);
    audit.record(
        AuditAction.CONSULTATION_CAMPAIGN_ANSWERED,
        AuditObjectType.CONSULTATION,
        consultationId,
        (others + 1) + " copies of " + hash + ": " + outcome);
    return others + 1;
  }
}
