package org.plenary.consultation.tracker.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.plenary.consultation.shared.Columns;
import org.plenary.consultation.tracker.application.Milestone.Kind;
import org.plenary.consultation.tracker.application.PublicDraft.PublicVersion;
import org.plenary.core.drafts.application.Drafts;
import org.plenary.core.drafts.domain.DraftComparison;
import org.plenary.core.drafts.domain.DraftVersion;
import org.plenary.core.files.application.FileStore;
import org.plenary.core.files.domain.StoredFile;
import org.plenary.core.shared.NotFoundException;

/**
 * A public draft's progress and the versions anyone may read: what was sent to the ministries once
 * a coordination round opened, what was put to the public in a consultation, and the adopted text.
 * A group's working versions, and the text shared only with delegates, stay theirs: a draft that is
 * not public, and a version that is not, are not found (404), as if they did not exist.
 */
@Stateless
@PermitAll
public class PublicDrafts {
  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject FileStore files;

  public PublicDraft get(long draftId) {
    Object[] draft = draftRow(draftId);
    OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
    String status = (String) draft[3];
    int latest = ((Number) draft[4]).intValue();
    List<Milestone> trail = new ArrayList<>();
    Set<Integer> readable = new TreeSet<>();
    for (Object o :
        em.createNativeQuery(
                "select status, changed_at from draft_status_change where draft_id = ?1"
                    + " and status in ('SHARED_WITH_DELEGATES', 'FINAL') order by position")
            .setParameter(1, draftId)
            .getResultList()) {
      Object[] r = (Object[]) o;
      if ("FINAL".equals(r[0])) {
        trail.add(Milestone.of(Kind.FINAL, Columns.time(r[1]), now).version(latest));
      } else {
        trail.add(Milestone.of(Kind.SHARED, Columns.time(r[1]), now));
      }
    }
    if ("FINAL".equals(status)) {
      readable.add(latest);
    }
    String roundStatus = null;
    for (Object o :
        em.createNativeQuery(
                "select id, draft_version, opens_at, deadline, closed_at, table_published_at"
                    + " from coordination_round where draft_id = ?1 order by id")
            .setParameter(1, draftId)
            .getResultList()) {
      Object[] r = (Object[]) o;
      long id = ((Number) r[0]).longValue();
      int version = ((Number) r[1]).intValue();
      OffsetDateTime opens = Columns.time(r[2]);
      LocalDate deadline = Columns.date(r[3]);
      OffsetDateTime closed = Columns.time(r[4]);
      OffsetDateTime tablePublished = Columns.time(r[5]);
      roundStatus = closed != null ? "CLOSED" : opens.isAfter(now) ? "PLANNED" : "OPEN";
      boolean overdue = "OPEN".equals(roundStatus) && deadline.isBefore(now.toLocalDate());
      trail.add(
          Milestone.of(Kind.COORDINATION_OPENS, opens, now).round(id, version, deadline, overdue));
      if (!opens.isAfter(now)) {
        readable.add(version);
      }
      if (closed != null) {
        trail.add(Milestone.of(Kind.COORDINATION_CLOSED, closed, now).round(id));
      }
      if (tablePublished != null) {
        trail.add(Milestone.of(Kind.TABLE_PUBLISHED, tablePublished, now).round(id));
      }
    }
    Long consultationId = null;
    for (Object o :
        em.createNativeQuery(
                "select id, version_number, opens_at, closes_at, report_published_at"
                    + " from consultation where draft_id = ?1 order by id")
            .setParameter(1, draftId)
            .getResultList()) {
      Object[] r = (Object[]) o;
      long id = ((Number) r[0]).longValue();
      int version = ((Number) r[1]).intValue();
      trail.add(
          Milestone.of(Kind.CONSULTATION_OPENS, Columns.time(r[2]), now).consultation(id, version));
      trail.add(
          Milestone.of(Kind.CONSULTATION_CLOSES, Columns.time(r[3]), now).consultation(id, null));
      OffsetDateTime report = Columns.time(r[4]);
      if (report != null) {
        trail.add(Milestone.of(Kind.REPORT_PUBLISHED, report, now).consultation(id, null));
      }
      // The consultation's page shows its text from the day it is announced.
      readable.add(version);
      consultationId = id;
    }
    trail.sort(Comparator.comparing(Milestone::at).thenComparing(Milestone::kind));
    List<PublicVersion> versions = new ArrayList<>();
    if (!readable.isEmpty()) {
      for (Object o :
          em.createNativeQuery(
                  "select number, created_at from draft_version where draft_id = ?1"
                      + " order by number")
              .setParameter(1, draftId)
              .getResultList()) {
        Object[] r = (Object[]) o;
        int number = ((Number) r[0]).intValue();
        if (readable.contains(number)) {
          versions.add(new PublicVersion(number, Columns.time(r[1])));
        }
      }
    }
    return new PublicDraft(
        draftId,
        (String) draft[1],
        (String) draft[2],
        status,
        Stage.of(status, roundStatus, consultationId).name(),
        List.copyOf(trail),
        List.copyOf(versions));
  }

  /** Version {@code number} of the draft, if the public may read it. */
  public DraftVersion version(long draftId, int number) {
    return version(get(draftId), number);
  }

  /**
   * The document uploaded with a version the public may read, and where its content is.
   *
   * @throws NotFoundException when the version is not public or has no document
   */
  public Drafts.DraftDocument document(long draftId, int number) {
    StoredFile file = version(draftId, number).getFile();
    if (file == null) {
      throw new NotFoundException("document of version", draftId + "/" + number);
    }
    return new Drafts.DraftDocument(file, files.content(file));
  }

  /** What changed between two versions the public may read. */
  public DraftComparison compare(long draftId, int from, int to) {
    return compare(get(draftId), from, to);
  }

  /** What changed between two versions of a draft read already, if the public may read them. */
  public DraftComparison compare(PublicDraft draft, int from, int to) {
    return DraftComparison.of(version(draft, from), version(draft, to));
  }

  /** Version {@code number} of a draft read already, if the public may read it. */
  public DraftVersion version(PublicDraft draft, int number) {
    if (!draft.isPublicVersion(number)) {
      throw new NotFoundException("version", draft.id() + "/" + number);
    }
    return em.createQuery(
            "select v from DraftVersion v where v.draft.id = :draft and v.number = :number",
            DraftVersion.class)
        .setParameter("draft", draft.id())
        .setParameter("number", number)
        .getSingleResult();
  }

  private Object[] draftRow(long draftId) {
    List<?> rows =
        em.createNativeQuery(
                "select d.id, d.title, g.name, d.status, d.latest_version"
                    + " from draft d join working_group g on g.id = d.group_id"
                    + " where d.id = ?1 and d.status in ("
                    + Stage.PUBLIC_STATUSES
                    + ")")
            .setParameter(1, draftId)
            .getResultList();
    if (rows.isEmpty()) {
      throw new NotFoundException("draft", draftId);
    }
    return (Object[]) rows.get(0);
  }
}
