package org.plenary.agenda.meetings.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.plenary.agenda.meetings.domain.AgendaChange;
import org.plenary.agenda.meetings.domain.AgendaDiff;
import org.plenary.agenda.meetings.domain.AgendaRuleViolation;
import org.plenary.agenda.meetings.domain.AgendaRuleViolation.Rule;
import org.plenary.agenda.meetings.domain.AgendaVersion;
import org.plenary.agenda.meetings.domain.Meeting;
import org.plenary.core.audit.application.AuditLog;
import org.plenary.core.audit.domain.AuditAction;
import org.plenary.core.audit.domain.AuditObjectType;
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
  @Inject MeetingCatalog catalog;
  @Inject Clock clock;
  @Inject AgendaEditing editing;
  @Resource SessionContext session;
  @Inject Event<AgendaRepublished> republished;

  /**
   * Publishes the draft as it stands as the next version; a blank label defaults to {@code V} and
   * today's date in the meeting's time zone.
   *
   * @return the new version, and in {@link Published#meetingVersion()} the meeting's new version
   * @throws MeetingChangedMeanwhile when the meeting changed since {@code seenVersion}
   * @throws AgendaRuleViolation when the agenda has no items ({@code EMPTY_AGENDA}), the label is
   *     taken by another version ({@code VERSION_LABEL_TAKEN}), or nothing changed since the latest
   *     version ({@code NOTHING_TO_PUBLISH})
   */
  public Published publish(@NotBlank String slug, long seenVersion, String label) {
    Meeting meeting = meeting(slug);
    if (meeting.getVersion() != seenVersion) {
      throw new MeetingChangedMeanwhile(slug, seenVersion);
    }
    String versionLabel =
        label == null || label.isBlank() ? suggestedLabel(meeting) : label.strip();
    if (labelTaken(slug, versionLabel)) {
      throw new AgendaRuleViolation(
          Rule.VERSION_LABEL_TAKEN,
          "label",
          null,
          Map.of("label", versionLabel),
          slug + " has a version labelled " + versionLabel + " already");
    }
    if (meeting.getPublishedVersion() > 0 && pendingChanges(slug).isEmpty()) {
      throw new AgendaRuleViolation(
          Rule.NOTHING_TO_PUBLISH,
          null,
          null,
          Map.of("number", String.valueOf(meeting.getPublishedVersion())),
          "the draft of " + slug + " is the same as version " + meeting.getPublishedVersion());
    }
    em.lock(meeting, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    AgendaVersion version = publish(meeting, versionLabel, session.getCallerPrincipal().getName());
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new MeetingChangedMeanwhile(slug, seenVersion);
    }
    if (version.getNumber() > 1) {
      republished.fire(
          new AgendaRepublished(
              slug,
              meeting.getTitle(),
              version.getLabel(),
              changes(slug, version.getNumber() - 1, version.getNumber())));
    }
    return new Published(
        new VersionSummary(
            version.getNumber(),
            version.getLabel(),
            version.getPublishedAt(),
            version.getPublishedBy()),
        meeting.getVersion());
  }

  /** A version just published, and the meeting's version to send with the next edit. */
  public record Published(VersionSummary version, long meetingVersion) {}

  /**
   * The label a version published now gets when none is given: {@code V} and today's date in the
   * meeting's time zone, such as {@code V20190719}; {@code V20190719-2}, {@code -3}... when that
   * label is taken (a second version the same day).
   */
  public String suggestedLabel(@NotBlank String slug) {
    return suggestedLabel(meeting(slug));
  }

  private String suggestedLabel(Meeting meeting) {
    String base = meeting.defaultLabel(clock.instant());
    String label = base;
    for (int n = 2; labelTaken(meeting.getSlug(), label); n++) {
      label = base + "-" + n;
    }
    return label;
  }

  private boolean labelTaken(String slug, String label) {
    return em.createQuery(
                "select count(v) from AgendaVersion v where v.meeting.slug = :slug"
                    + " and lower(v.label) = lower(:label)",
                Long.class)
            .setParameter("slug", slug)
            .setParameter("label", label)
            .getSingleResult()
        > 0;
  }

  AgendaVersion publish(Meeting meeting, String label, String publisher) {
    AgendaVersion version = meeting.publishAgenda(label, clock.instant(), publisher);
    em.persist(version);
    audit.record(
        AuditAction.AGENDA_PUBLISHED,
        AuditObjectType.MEETING,
        meeting.getSlug(),
        "version " + version.getNumber() + " " + version.getLabel());
    return version;
  }

  /** The published versions of a meeting's agenda, oldest first. */
  public List<VersionSummary> versions(@NotBlank String slug) {
    meeting(slug);
    return em.createQuery(
            "select new org.plenary.agenda.meetings.application.VersionSummary("
                + "v.number, v.label, v.publishedAt, v.publishedBy) from AgendaVersion v"
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
    return catalog.version(slug, number);
  }

  /** What changed from version {@code from} to version {@code to} (either may be the older). */
  public List<AgendaChange> changes(@NotBlank String slug, int from, int to) {
    return AgendaDiff.between(version(slug, from), version(slug, to));
  }

  /**
   * What changed from {@code from} to {@code to}, each a version number, or null for the draft as
   * it stands (so that the secretariat sees what the next version would change).
   */
  public List<AgendaChange> compare(@NotBlank String slug, Integer from, Integer to) {
    Meeting older = from == null ? draft(slug) : version(slug, from);
    Meeting newer = to == null ? (from == null ? older : draft(slug)) : version(slug, to);
    return AgendaDiff.between(older, newer);
  }

  /** What the draft changes since the latest published version (everything, before the first). */
  public List<AgendaChange> pendingChanges(@NotBlank String slug) {
    Meeting draft = draft(slug);
    if (draft.getPublishedVersion() == 0) {
      throw new NotFoundException("agenda version", slug + " v1");
    }
    return AgendaDiff.between(version(slug, draft.getPublishedVersion()), draft);
  }

  private Meeting draft(String slug) {
    return editing.draft(slug);
  }

  private Meeting meeting(String slug) {
    return em.createQuery("select m from Meeting m where m.slug = :slug", Meeting.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException(MEETING, slug));
  }
}
