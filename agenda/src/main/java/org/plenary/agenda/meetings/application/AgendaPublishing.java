package org.plenary.agenda.meetings.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotBlank;
import java.time.Clock;
import java.util.List;
import org.plenary.agenda.meetings.domain.AgendaChange;
import org.plenary.agenda.meetings.domain.AgendaDiff;
import org.plenary.agenda.meetings.domain.AgendaRuleViolation;
import org.plenary.agenda.meetings.domain.AgendaVersion;
import org.plenary.agenda.meetings.domain.Meeting;
import org.plenary.core.audit.application.AuditLog;
import org.plenary.core.security.domain.Roles;
import org.plenary.core.shared.NotFoundException;

/**
 * The secretariat publishes the draft agenda as the next numbered version, lists a meeting's
 * versions and sees what changed between any two of them. The public always sees the latest
 * published version ({@link MeetingCatalog}) while the draft moves on.
 */
@Stateless
@RolesAllowed(Roles.SECRETARIAT)
public class AgendaPublishing {
  private static final String MEETING = "meeting";

  @PersistenceContext EntityManager em;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /**
   * Publishes the draft as it stands as the next version; a blank label defaults to {@code V} and
   * today's date in the meeting's time zone.
   *
   * @return the new version, and in {@link Published#meetingVersion()} the meeting's new version
   * @throws MeetingChangedMeanwhile when the meeting changed since {@code seenVersion}
   * @throws AgendaRuleViolation when the agenda has no items
   */
  public Published publish(@NotBlank String slug, long seenVersion, String label) {
    Meeting meeting = meeting(slug);
    if (meeting.getVersion() != seenVersion) {
      throw new MeetingChangedMeanwhile(slug, seenVersion);
    }
    em.lock(meeting, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    AgendaVersion version = publish(meeting, label);
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new MeetingChangedMeanwhile(slug, seenVersion);
    }
    return new Published(
        new VersionSummary(version.getNumber(), version.getLabel(), version.getPublishedAt()),
        meeting.getVersion());
  }

  /** A version just published, and the meeting's version to send with the next edit. */
  public record Published(VersionSummary version, long meetingVersion) {}

  AgendaVersion publish(Meeting meeting, String label) {
    AgendaVersion version = meeting.publishAgenda(label, clock.instant());
    em.persist(version);
    audit.record(
        "agenda.published",
        MEETING,
        meeting.getSlug(),
        "version " + version.getNumber() + " " + version.getLabel());
    return version;
  }

  /** The published versions of a meeting's agenda, oldest first. */
  public List<VersionSummary> versions(@NotBlank String slug) {
    meeting(slug);
    return em.createQuery(
            "select new org.plenary.agenda.meetings.application.VersionSummary("
                + "v.number, v.label, v.publishedAt) from AgendaVersion v"
                + " where v.meeting.slug = :slug order by v.number",
            VersionSummary.class)
        .setParameter("slug", slug)
        .getResultList();
  }

  /**
   * The agenda as version {@code number} published it.
   *
   * @throws NotFoundException when the meeting has no such version
   */
  public Meeting version(@NotBlank String slug, int number) {
    return em.createQuery(
            "select v from AgendaVersion v where v.meeting.slug = :slug and v.number = :number",
            AgendaVersion.class)
        .setParameter("slug", slug)
        .setParameter("number", number)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("agenda version", slug + " v" + number))
        .agenda();
  }

  /** What changed from version {@code from} to version {@code to} (either may be the older). */
  public List<AgendaChange> changes(@NotBlank String slug, int from, int to) {
    return AgendaDiff.between(version(slug, from), version(slug, to));
  }

  /** What the draft changes since the latest published version (everything, before the first). */
  public List<AgendaChange> pendingChanges(@NotBlank String slug) {
    TypedQuery<Meeting> query =
        em.createQuery("select m from Meeting m where m.slug = :slug", Meeting.class)
            .setParameter("slug", slug);
    MeetingCatalog.batchAgenda(query);
    Meeting draft =
        query.getResultStream().findFirst().orElseThrow(() -> new NotFoundException(MEETING, slug));
    MeetingCatalog.loadAgenda(draft);
    if (draft.getPublishedVersion() == 0) {
      throw new NotFoundException("agenda version", slug + " v1");
    }
    return AgendaDiff.between(version(slug, draft.getPublishedVersion()), draft);
  }

  private Meeting meeting(String slug) {
    return em.createQuery("select m from Meeting m where m.slug = :slug", Meeting.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException(MEETING, slug));
  }
}
