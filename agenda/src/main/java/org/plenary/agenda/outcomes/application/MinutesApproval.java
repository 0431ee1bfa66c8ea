package org.plenary.agenda.outcomes.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotBlank;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plenary.agenda.meetings.application.MeetingCatalog;
import org.plenary.agenda.meetings.domain.AgendaItem;
import org.plenary.agenda.meetings.domain.Meeting;
import org.plenary.agenda.outcomes.domain.ApprovalRefused;
import org.plenary.agenda.outcomes.domain.ApprovalRefused.Code;
import org.plenary.agenda.outcomes.domain.ApprovedItem;
import org.plenary.agenda.outcomes.domain.CorrectionDecision;
import org.plenary.agenda.outcomes.domain.ItemMinutes;
import org.plenary.agenda.outcomes.domain.MinutesCirculation;
import org.plenary.agenda.outcomes.domain.MinutesCorrection;
import org.plenary.agenda.registrations.domain.RegistrationStatus;
import org.plenary.core.audit.application.AuditLog;
import org.plenary.core.audit.domain.AuditAction;
import org.plenary.core.audit.domain.AuditObjectType;
import org.plenary.core.people.domain.Person;
import org.plenary.core.security.application.Accounts;
import org.plenary.core.security.domain.Roles;
import org.plenary.core.shared.NotFoundException;

/**
 * Approving a meeting's minutes: the secretariat circulates the draft to the registered
 * participants with a comment window, participants propose corrections quoting a passage, the
 * secretariat accepts or rejects each with a reason (accepting changes no text: the secretariat
 * edits the minutes as usual), then approves. Approval needs every correction decided, so that the
 * published log answers each one; it freezes the records as the next numbered version, and edits
 * made afterwards wait for the next circulation.
 */
@Stateless
@RolesAllowed({Roles.DELEGATE, Roles.MEMBER, Roles.MINISTRY, Roles.SECRETARIAT})
public class MinutesApproval implements Serializable {
  @PersistenceContext EntityManager em;
  @Resource SessionContext context;
  @Inject MeetingCatalog catalog;
  @Inject OutcomeMeetings meetings;
  @Inject MinutesRecords records;
  @Inject Accounts accounts;
  @Inject AuditLog audit;
  @Inject Event<MinutesCirculated> circulated;
  @Inject Event<MinutesApproved> approvedMinutes;
  @Inject Clock clock;

  /**
   * Sends the draft minutes to the meeting's registered participants for comments until {@code
   * closesAt}; they are mailed once this commits.
   *
   * @throws ApprovalRefused when a circulation waits for approval, nothing is written, or the
   *     window would close now or earlier
   */
  @RolesAllowed(Roles.SECRETARIAT)
  public CirculatedMinutes circulate(@NotBlank String meetingId, OffsetDateTime closesAt) {
    Meeting meeting = meetings.published(meetingId);
    em.lock(meeting, LockModeType.PESSIMISTIC_WRITE);
    Optional<MinutesCirculation> latest = latest(meeting);
    if (latest.isPresent() && !latest.get().isApproved()) {
      throw new ApprovalRefused(
          Code.ALREADY_CIRCULATED,
          null,
          "version "
              + latest.get().getNumber()
              + " of the minutes is out for comments: approve it before circulating again");
    }
    if (records.records(meeting).values().stream().allMatch(MinutesApproval::blank)) {
      throw new ApprovalRefused(
          Code.NOTHING_WRITTEN, null, "nothing is written in the minutes yet");
    }
    int number = latest.map(c -> c.getNumber() + 1).orElse(1);
    MinutesCirculation circulation =
        new MinutesCirculation(
            meeting,
            number,
            closesAt == null ? null : closesAt.toInstant(),
            caller(),
            clock.instant());
    em.persist(circulation);
    em.flush();
    audit.record(
        AuditAction.MINUTES_CIRCULATED,
        AuditObjectType.MINUTES,
        meetingId,
        "version " + number + ", comments until " + circulation.getClosesAt());
    circulated.fire(
        new MinutesCirculated(
            meetingId,
            meeting.getTitle(),
            number,
            circulation.getClosesAt(),
            meeting.getTimeZone()));
    return view(meeting, circulation);
  }

  /**
   * The latest circulation with the minutes as they read now, for the meeting's registered
   * participants and the secretariat.
   *
   * @throws NotFoundException when the minutes were never circulated
   */
  public CirculatedMinutes circulation(@NotBlank String meetingId) {
    Meeting meeting = meetings.published(meetingId);
    if (!context.isCallerInRole(Roles.SECRETARIAT)) {
      participant(meeting);
    }
    MinutesCirculation circulation =
        latest(meeting).orElseThrow(() -> new NotFoundException("minutes circulation", meetingId));
    return view(meeting, circulation);
  }

  /**
   * Proposes a correction of the circulated minutes, quoting a passage of one item's record.
   *
   * @throws ApprovalRefused when the caller is not a registered participant, the minutes are not
   *     out for comments or the window has closed, a text is missing or too long, or the passage is
   *     not in the item's current minutes
   */
  public CorrectionView propose(
      @NotBlank String meetingId, String itemKey, String passage, String wording, String comment) {
    Meeting meeting = meetings.published(meetingId);
    Person proposer = participant(meeting);
    MinutesCirculation circulation = open(meeting);
    if (itemKey == null || itemKey.isBlank()) {
      throw new ApprovalRefused(Code.TEXT_MISSING, "itemKey", "choose the agenda item");
    }
    AgendaItem item = MinutesRecords.recordedItem(catalog.getPublished(meetingId), itemKey.strip());
    Instant now = clock.instant();
    em.lock(circulation, LockModeType.PESSIMISTIC_WRITE);
    circulation.takesCorrections(now);
    int number =
        em.createQuery(
                    "select coalesce(max(c.number), 0) from MinutesCorrection c"
                        + " where c.meetingId = :meeting",
                    Integer.class)
                .setParameter("meeting", meeting.getId())
                .getSingleResult()
            + 1;
    MinutesCorrection correction =
        new MinutesCorrection(
            circulation,
            number,
            item,
            records.find(meeting, item.getKey()).orElse(null),
            passage,
            wording,
            comment,
            proposer,
            now);
    em.persist(correction);
    em.flush();
    audit.record(
        AuditAction.MINUTES_CORRECTION_PROPOSED,
        AuditObjectType.MINUTES_CORRECTION,
        meetingId + "/" + number,
        item.getKey());
    return CorrectionView.of(correction);
  }

  /**
   * A page of the latest circulation's corrections in the order proposed: all of them for the
   * secretariat, one's own for a participant.
   */
  public List<CorrectionView> corrections(@NotBlank String meetingId, int first, int size) {
    Meeting meeting = meetings.published(meetingId);
    Person mine = context.isCallerInRole(Roles.SECRETARIAT) ? null : participant(meeting);
    Optional<MinutesCirculation> latest = latest(meeting);
    if (latest.isEmpty()) {
      return List.of();
    }
    TypedQuery<MinutesCorrection> query =
        em.createQuery(
                "select c from MinutesCorrection c join fetch c.circulation"
                    + " where c.circulation = :circulation"
                    + (mine == null ? "" : " and c.proposer = :mine")
                    + " order by c.number",
                MinutesCorrection.class)
            .setParameter("circulation", latest.get());
    if (mine != null) {
      query.setParameter("mine", mine);
    }
    return query
        .setFirstResult(Math.max(0, first))
        .setMaxResults(Math.max(1, size))
        .getResultStream()
        .map(CorrectionView::of)
        .toList();
  }

  /** How many corrections {@link #corrections} pages through. */
  public long countCorrections(@NotBlank String meetingId) {
    Meeting meeting = meetings.published(meetingId);
    Person mine = context.isCallerInRole(Roles.SECRETARIAT) ? null : participant(meeting);
    Optional<MinutesCirculation> latest = latest(meeting);
    if (latest.isEmpty()) {
      return 0;
    }
    TypedQuery<Long> query =
        em.createQuery(
                "select count(c) from MinutesCorrection c where c.circulation = :circulation"
                    + (mine == null ? "" : " and c.proposer = :mine"),
                Long.class)
            .setParameter("circulation", latest.get());
    if (mine != null) {
      query.setParameter("mine", mine);
    }
    return query.getSingleResult();
  }

  /**
   * Accepts or rejects a correction (a rejection with a reason); the decision may change until the
   * minutes are approved.
   */
  @RolesAllowed(Roles.SECRETARIAT)
  public CorrectionView decide(
      @NotBlank String meetingId, int number, CorrectionDecision decision, String reason) {
    Meeting meeting = meetings.published(meetingId);
    MinutesCorrection correction =
        em.createQuery(
                "select c from MinutesCorrection c where c.meetingId = :meeting"
                    + " and c.number = :number",
                MinutesCorrection.class)
            .setParameter("meeting", meeting.getId())
            .setParameter("number", number)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new NotFoundException("correction", meetingId + "/" + number));
    correction.decide(decision, reason, caller(), clock.instant());
    em.flush();
    audit.record(
        AuditAction.MINUTES_CORRECTION_DECIDED,
        AuditObjectType.MINUTES_CORRECTION,
        meetingId + "/" + number,
        correction.getDecision().name());
    return CorrectionView.of(correction);
  }

  /**
   * Approves the circulated minutes as they read now: every recorded item's record is frozen as the
   * circulation's version and published with the corrections log.
   *
   * @throws ApprovalRefused when the minutes are not out for comments, or a correction waits for a
   *     decision
   */
  @RolesAllowed(Roles.SECRETARIAT)
  public ApprovedMinutes approve(@NotBlank String meetingId) {
    Meeting meeting = meetings.published(meetingId);
    MinutesCirculation circulation = open(meeting);
    em.lock(circulation, LockModeType.PESSIMISTIC_WRITE);
    long pending = pending(circulation);
    Map<String, ItemMinutes> written = records.records(meeting);
    List<ApprovedItem> snapshot = new ArrayList<>();
    for (AgendaItem item : catalog.getPublished(meetingId).getItems()) {
      if (ItemMinutes.isRecorded(item)) {
        snapshot.add(
            new ApprovedItem(circulation, snapshot.size(), item, written.get(item.getKey())));
      }
    }
    circulation.approve(snapshot, pending, caller(), clock.instant());
    em.flush();
    audit.record(
        AuditAction.MINUTES_APPROVED,
        AuditObjectType.MINUTES,
        meetingId,
        "version " + circulation.getNumber());
    approvedMinutes.fire(
        new MinutesApproved(meetingId, meeting.getTitle(), circulation.getNumber()));
    return approved(meetingId, circulation.getNumber());
  }

  /**
   * An approved version of the minutes (null: the latest) with its corrections log, for everyone.
   *
   * @throws NotFoundException when the meeting has no approved minutes, or not that version
   */
  @PermitAll
  public ApprovedMinutes approved(@NotBlank String meetingId, Integer version) {
    return approved(meetingId, version, true);
  }

  /**
   * An approved version of the minutes (null: the latest) without its corrections log, which {@link
   * #log} pages through.
   */
  @PermitAll
  public ApprovedMinutes approvedWithoutLog(@NotBlank String meetingId, Integer version) {
    return approved(meetingId, version, false);
  }

  /** A page of an approved version's corrections log, in the order proposed. */
  @PermitAll
  public List<CorrectionView> log(@NotBlank String meetingId, int version, int first, int size) {
    return em.createQuery(
            "select c from MinutesCorrection c join c.circulation m"
                + " where m.meeting.slug = :slug and m.number = :version"
                + " and m.approvedAt is not null order by c.number",
            MinutesCorrection.class)
        .setParameter("slug", meetingId)
        .setParameter("version", version)
        .setFirstResult(Math.max(0, first))
        .setMaxResults(Math.max(1, size))
        .getResultStream()
        .map(CorrectionView::of)
        .toList();
  }

  /** How many corrections an approved version's log has. */
  @PermitAll
  public long logSize(@NotBlank String meetingId, int version) {
    return em.createQuery(
            "select count(c) from MinutesCorrection c join c.circulation m"
                + " where m.meeting.slug = :slug and m.number = :version"
                + " and m.approvedAt is not null",
            Long.class)
        .setParameter("slug", meetingId)
        .setParameter("version", version)
        .getSingleResult();
  }

  private ApprovedMinutes approved(String meetingId, Integer version, boolean withLog) {
    Meeting meeting = meetings.published(meetingId);
    List<Integer> versions = approvedVersions(meeting);
    int wanted =
        version != null ? version : versions.isEmpty() ? 0 : versions.get(versions.size() - 1);
    if (!versions.contains(wanted)) {
      throw new NotFoundException(
          "approved minutes", meetingId + (version == null ? "" : " version " + version));
    }
    MinutesCirculation circulation =
        em.createQuery(
                "select c from MinutesCirculation c where c.meeting = :meeting"
                    + " and c.number = :number",
                MinutesCirculation.class)
            .setParameter("meeting", meeting)
            .setParameter("number", wanted)
            .getSingleResult();
    List<ApprovedMinutes.Item> items =
        em
            .createQuery(
                "select i from ApprovedItem i left join fetch i.answers"
                    + " where i.circulation = :circulation order by i.position",
                ApprovedItem.class)
            .setParameter("circulation", circulation)
            .getResultList()
            .stream()
            .distinct()
            .map(
                i ->
                    new ApprovedMinutes.Item(
                        i.getItemKey(),
                        i.getSessionNumber(),
                        i.getTitle(),
                        i.getDate(),
                        i.getStart(),
                        i.getSummary(),
                        i.getAnswers().stream()
                            .map(a -> new ApprovedMinutes.Answer(a.getQuestion(), a.getAnswer()))
                            .toList(),
                        i.getDecisions()))
            .toList();
    List<CorrectionView> log =
        !withLog
            ? List.of()
            : em.createQuery(
                    "select c from MinutesCorrection c join fetch c.circulation"
                        + " where c.circulation = :circulation order by c.number",
                    MinutesCorrection.class)
                .setParameter("circulation", circulation)
                .getResultStream()
                .map(CorrectionView::of)
                .toList();
    return new ApprovedMinutes(
        meeting.getSlug(),
        meeting.getTitle(),
        wanted,
        versions,
        circulation.getCirculatedAt(),
        circulation.getApprovedAt(),
        items,
        log);
  }

  /**
   * The latest approved version of a meeting's minutes, if any (for the meeting's page); none for a
   * blank id. Checked by hand rather than with a constraint: the public agenda page asks on every
   * request, and method validation cost more than the query.
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS) // a read: no transaction of its own
  @PermitAll
  public Optional<Integer> latestApprovedVersion(String meetingId) {
    if (meetingId == null || meetingId.isBlank()) {
      return Optional.empty();
    }
    return em.createQuery(
            "select max(c.number) from MinutesCirculation c where c.meeting.slug = :slug"
                + " and c.approvedAt is not null",
            Integer.class)
        .setParameter("slug", meetingId)
        .getResultStream()
        .filter(v -> v != null)
        .findFirst();
  }

  private List<Integer> approvedVersions(Meeting meeting) {
    return em.createQuery(
            "select c.number from MinutesCirculation c where c.meeting = :meeting"
                + " and c.approvedAt is not null order by c.number",
            Integer.class)
        .setParameter("meeting", meeting)
        .getResultList();
  }

  private CirculatedMinutes view(Meeting meeting, MinutesCirculation circulation) {
    long pending = pending(circulation);
    return new CirculatedMinutes(
        meeting.getSlug(),
        meeting.getTitle(),
        meeting.getTimeZone().getId(),
        circulation.getNumber(),
        circulation.getCirculatedAt(),
        circulation.getClosesAt(),
        circulation.isOpen(clock.instant()),
        circulation.isApproved(),
        pending,
        records.all(meeting, catalog.getPublished(meeting.getSlug()), false));
  }

  /** How many of the circulation's corrections wait for a decision. */
  private long pending(MinutesCirculation circulation) {
    return em.createQuery(
            "select count(c) from MinutesCorrection c where c.circulation = :circulation"
                + " and c.decision = :pending",
            Long.class)
        .setParameter("circulation", circulation)
        .setParameter("pending", CorrectionDecision.PENDING)
        .getSingleResult();
  }

  /** The circulation waiting for approval. */
  private MinutesCirculation open(Meeting meeting) {
    return latest(meeting)
        .filter(c -> !c.isApproved())
        .orElseThrow(
            () ->
                new ApprovalRefused(
                    Code.NOT_CIRCULATED,
                    null,
                    "the minutes of " + meeting.getTitle() + " are not out for comments"));
  }

  private Optional<MinutesCirculation> latest(Meeting meeting) {
    return em.createQuery(
            "select c from MinutesCirculation c where c.meeting = :meeting"
                + " order by c.number desc",
            MinutesCirculation.class)
        .setParameter("meeting", meeting)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** The caller's person, if registered for the meeting (not declined). */
  private Person participant(Meeting meeting) {
    Person me = accounts.find(caller()).map(a -> a.getPerson()).orElse(null);
    boolean registered =
        me != null
            && em.createQuery(
                        "select count(r) from Registration r where r.meeting = :meeting"
                            + " and r.person = :me and r.status <> :declined",
                        Long.class)
                    .setParameter("meeting", meeting)
                    .setParameter("me", me)
                    .setParameter("declined", RegistrationStatus.DECLINED)
                    .getSingleResult()
                > 0;
    if (!registered) {
      throw new ApprovalRefused(
          Code.NOT_A_PARTICIPANT,
          null,
          "only the registered participants of "
              + meeting.getTitle()
              + " see and correct its"
              + " circulated minutes");
    }
    return me;
  }

  private String caller() {
    return context.getCallerPrincipal().getName();
  }

  private static boolean blank(ItemMinutes record) {
    return record.getSummary() == null
        && record.getDecisions() == null
        && record.getAnswers().stream().allMatch(a -> a.getAnswer() == null);
  }
}
