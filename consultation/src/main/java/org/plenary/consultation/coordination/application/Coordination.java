package org.plenary.consultation.coordination.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.plenary.consultation.coordination.domain.ConsultedBody;
import org.plenary.consultation.coordination.domain.CoordinationRefused;
import org.plenary.consultation.coordination.domain.CoordinationRefused.Rule;
import org.plenary.consultation.coordination.domain.CoordinationRound;
import org.plenary.consultation.coordination.domain.Position;
import org.plenary.consultation.coordination.domain.PositionEntry;
import org.plenary.consultation.coordination.domain.Remark;
import org.plenary.consultation.coordination.domain.RemarkOutcome;
import org.plenary.consultation.coordination.domain.RemarkResponse;
import org.plenary.consultation.coordination.domain.RemarkSettlement;
import org.plenary.consultation.coordination.domain.RemarkText;
import org.plenary.consultation.coordination.domain.RoundStatus;
import org.plenary.consultation.coordination.domain.WorkingDayCalendar;
import org.plenary.core.audit.application.AuditLog;
import org.plenary.core.audit.domain.AuditAction;
import org.plenary.core.audit.domain.AuditObjectType;
import org.plenary.core.drafts.application.Drafts;
import org.plenary.core.drafts.domain.DraftSection;
import org.plenary.core.drafts.domain.DraftVersion;
import org.plenary.core.people.domain.Organisation;
import org.plenary.core.people.domain.Person;
import org.plenary.core.security.domain.Roles;
import org.plenary.core.shared.Like;
import org.plenary.core.shared.NotFoundException;
import org.plenary.core.shared.SortColumn;

/**
 * Interministerial coordination rounds. The drafter (an organisation: the caller's, or one the
 * secretariat names) starts a round on a draft version it may read and chooses the bodies to
 * consult; people of a consulted body give its positions; the drafter answers every remark, settles
 * fundamental objections, closes the round and publishes its table of remarks and responses. The
 * secretariat sees and does everything.
 */
@Stateless
@RolesAllowed({Roles.SECRETARIAT, Roles.MINISTRY})
public class Coordination {
  @PersistenceContext EntityManager em;
  @Resource SessionContext session;
  @Inject Drafts drafts;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject Event<PositionRequested> asked;

  /** Starts a round; the deadline is counted in working days unless the form sets a date. */
  public CoordinationRound start(@NotNull @Valid RoundForm form) {
    DraftVersion version = versionToCoordinate(form.getDraftId(), form.getDraftVersion());
    Organisation drafter = drafterFor(form.getDrafterId());
    ZoneId zone;
    try {
      zone = ZoneId.of(form.getTimeZone().strip());
    } catch (DateTimeException e) {
      throw new CoordinationRefused(Rule.UNKNOWN_TIME_ZONE, "timeZone", "unknown time zone");
    }
    CoordinationRound round =
        CoordinationRound.open(
            version.getDraft(),
            version.getNumber(),
            drafter,
            calendar(form.getJurisdiction()),
            form.getOpensAt(),
            zone,
            form.getWorkingDays(),
            form.getDeadline(),
            caller(),
            clock.instant());
    em.persist(round);
    Set<Long> ids = new LinkedHashSet<>(form.getBodies());
    List<Organisation> consulted = new ArrayList<>();
    for (Long id : ids) {
      Organisation body =
          Optional.ofNullable(id == null ? null : em.find(Organisation.class, id))
              .orElseThrow(
                  () ->
                      new CoordinationRefused(
                          Rule.UNKNOWN_ORGANISATION, "bodies", "no organisation " + id));
      if (body.equals(drafter)) {
        throw new CoordinationRefused(
            Rule.DRAFTER_CONSULTED, "bodies", "the drafter does not consult itself");
      }
      em.persist(new ConsultedBody(round, body));
      consulted.add(body);
    }
    askForPositions(round, version, consulted);
    audit.record(
        AuditAction.COORDINATION_ROUND_STARTED,
        AuditObjectType.COORDINATION_ROUND,
        round.getId(),
        version.getDraft().getTitle()
            + " v"
            + version.getNumber()
            + ", "
            + ids.size()
            + " bodies, deadline "
            + round.getDeadline());
    return round;
  }

  /** Tells the people of each consulted body that their position is asked for, and by when. */
  private void askForPositions(
      CoordinationRound round, DraftVersion version, List<Organisation> bodies) {
    if (bodies.isEmpty()) {
      return;
    }
    em.createQuery(
            "select p from Person p where p.organisation in :bodies and p.email is not null"
                + " order by p.fullName",
            Person.class)
        .setParameter("bodies", bodies)
        .getResultList()
        .forEach(
            person ->
                asked.fire(
                    new PositionRequested(
                        PositionRequested.Reason.CONSULTED,
                        person.getEmail(),
                        person.getFullName(),
                        person.organisation().map(Organisation::getName).orElse(""),
                        version.getDraft().getTitle(),
                        version.getNumber(),
                        round.getId(),
                        round.getDeadline())));
  }

  /**
   * The version, if the caller may read the draft. Start-up work (the system identity, no account)
   * reads any draft, to load demo data or imports.
   */
  private DraftVersion versionToCoordinate(long draftId, int number) {
    if (!isSecretariat() || accountExists()) {
      return drafts.version(draftId, number);
    }
    return em.createQuery(
            "select v from DraftVersion v where v.draft.id = :d and v.number = :n",
            DraftVersion.class)
        .setParameter("d", draftId)
        .setParameter("n", number)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("version", draftId + "/" + number));
  }

  private boolean accountExists() {
    return em.createQuery("select count(a) from Account a where a.username = :u", Long.class)
            .setParameter("u", caller())
            .getSingleResult()
        > 0;
  }

  /** The id of a group's draft by its title, for start-up work (demo data, imports). */
  @RolesAllowed(Roles.SECRETARIAT)
  public Optional<Long> findDraft(String groupSlug, String title) {
    return em.createQuery(
            "select d.id from Draft d where d.group.slug = :g and d.title = :t", Long.class)
        .setParameter("g", groupSlug)
        .setParameter("t", title)
        .getResultStream()
        .findFirst();
  }

  /** The working-day calendar of a jurisdiction, from its public holidays. */
  public WorkingDayCalendar calendar(String jurisdiction) {
    String code =
        jurisdiction == null ? "" : jurisdiction.strip().toUpperCase(java.util.Locale.ROOT);
    if (!jurisdictions().contains(code)) {
      throw new CoordinationRefused(
          Rule.UNKNOWN_JURISDICTION, "jurisdiction", "no holiday calendar for " + code);
    }
    return new WorkingDayCalendar(
        code,
        em
            .createQuery(
                "select h.date from PublicHoliday h where h.jurisdiction = :j", LocalDate.class)
            .setParameter("j", code)
            .getResultList()
            .stream()
            .collect(Collectors.toSet()));
  }

  /** The ministries of the directory, by name: the bodies a drafter usually consults. */
  public List<Organisation> ministries(int max) {
    return em.createQuery(
            "select o from Organisation o where o.category = :c order by o.name",
            Organisation.class)
        .setParameter("c", org.plenary.core.people.domain.OrganisationCategory.MINISTRY)
        .setMaxResults(Math.max(1, max))
        .getResultList();
  }

  /** Jurisdictions with a holiday calendar, by code. */
  public List<String> jurisdictions() {
    return em.createQuery(
            "select distinct h.jurisdiction from PublicHoliday h order by h.jurisdiction",
            String.class)
        .getResultList();
  }

  /** The round, if the caller is its drafter, a consulted body or the secretariat. */
  public CoordinationRound round(long roundId) {
    CoordinationRound round = find(roundId);
    if (!isSecretariat()
        && !isDrafter(round)
        && callerOrganisation().map(o -> body(round, o).isPresent()).orElse(false) == false) {
      throw new CoordinationRefused(Rule.NOT_ALLOWED, null, "only the round's parties see it");
    }
    return round;
  }

  /** The coordination table: one row per consulted body, by name, a page at a time. */
  public List<ConsultedBody> bodies(long roundId, int first, int size) {
    round(roundId);
    return em.createQuery(
            "select b from ConsultedBody b join fetch b.organisation o where b.round.id = :r"
                + " order by o.name",
            ConsultedBody.class)
        .setParameter("r", roundId)
        .setFirstResult(Math.max(0, first))
        .setMaxResults(Math.max(1, size))
        .getResultList();
  }

  public long countBodies(long roundId) {
    round(roundId);
    return em.createQuery("select count(b) from ConsultedBody b where b.round.id = :r", Long.class)
        .setParameter("r", roundId)
        .getSingleResult();
  }

  /**
   * What the list of rounds is narrowed to: words of the draft's title or the drafter's name, and a
   * status (by the server's clock). Null for any.
   */
  public record RoundFilter(String text, RoundStatus status) implements Serializable {
    public static final RoundFilter ALL = new RoundFilter(null, null);
  }

  /** The columns the list of rounds sorts on. */
  public enum RoundSort implements SortColumn {
    OPENS_AT("opensAt", "r.opensAt"),
    DEADLINE("deadline", "r.deadline"),
    DRAFT("draft", "lower(d.title)"),
    DRAFTER("drafter", "lower(o.name)");

    private final String column;
    private final String expression;

    RoundSort(String column, String expression) {
      this.column = column;
      this.expression = expression;
    }

    @Override
    public String column() {
      return column;
    }
  }

  /** Rounds the caller takes part in (all for the secretariat), latest opening first. */
  public List<CoordinationRound> rounds(int first, int size) {
    return rounds(RoundFilter.ALL, RoundSort.OPENS_AT, false, first, size);
  }

  /**
   * A page of the rounds the caller takes part in (all for the secretariat) that the filter keeps,
   * sorted in the database (then by id).
   */
  public List<CoordinationRound> rounds(
      RoundFilter filter, RoundSort sort, boolean ascending, int first, int size) {
    String direction = ascending ? " asc" : " desc";
    return roundsQuery(
            "select r",
            " join fetch r.draft d join fetch r.drafter o",
            filter,
            " order by " + sort.expression + direction + ", r.id" + direction,
            CoordinationRound.class)
        .setFirstResult(Math.max(0, first))
        .setMaxResults(Math.max(1, size))
        .getResultList();
  }

  public long countRounds() {
    return countRounds(RoundFilter.ALL);
  }

  public long countRounds(RoundFilter filter) {
    return roundsQuery(
            "select count(r)", " join r.draft d join r.drafter o", filter, "", Long.class)
        .getSingleResult();
  }

  private <T> jakarta.persistence.TypedQuery<T> roundsQuery(
      String select, String join, RoundFilter filter, String order, Class<T> type) {
    boolean everyRound = isSecretariat();
    StringBuilder where = new StringBuilder(" where 1 = 1");
    if (!everyRound) {
      where.append(
          " and (r.drafter.id = :o or exists (select b from"
              + " ConsultedBody b where b.round = r and b.organisation.id = :o))");
    }
    boolean text = filter.text() != null && !filter.text().isBlank();
    if (text) {
      where.append(
          " and (lower(d.title) like :text escape '\\' or lower(o.name) like :text escape '\\')");
    }
    if (filter.status() != null) {
      where.append(
          switch (filter.status()) {
            case PLANNED -> " and r.closedAt is null and r.opensAt > :now";
            case OPEN -> " and r.closedAt is null and r.opensAt <= :now";
            case CLOSED -> " and r.closedAt is not null";
          });
    }
    jakarta.persistence.TypedQuery<T> query =
        em.createQuery(select + " from CoordinationRound r" + join + where + order, type);
    if (!everyRound) {
      query.setParameter("o", callerOrganisation().map(Organisation::getId).orElse(-1L));
    }
    if (text) {
      query.setParameter("text", Like.contains(filter.text()));
    }
    if (filter.status() != null && filter.status() != RoundStatus.CLOSED) {
      query.setParameter("now", clock.instant().atOffset(ZoneOffset.UTC));
    }
    return query;
  }

  /** The sections of the round's draft version, which every party of the round may read. */
  public DraftVersion version(long roundId) {
    CoordinationRound round = round(roundId);
    return em.createQuery(
            "select v from DraftVersion v where v.draft = :d and v.number = :n", DraftVersion.class)
        .setParameter("d", round.getDraft())
        .setParameter("n", round.getDraftVersion())
        .getSingleResult();
  }

  /**
   * The caller's organisation gives its position: the next entry of its history. Concurrent
   * positions of the same body queue on the body's row, so each is kept with its own number.
   */
  public PositionEntry givePosition(
      long roundId, @NotNull Position position, String note, List<RemarkText> remarks) {
    return givePosition(roundId, null, position, note, remarks);
  }

  /**
   * As {@link #givePosition(long, Position, String, List)}; the secretariat may record a position a
   * body sent on paper by naming the body ({@code organisationId}), which others may not.
   */
  public PositionEntry givePosition(
      long roundId,
      Long organisationId,
      @NotNull Position position,
      String note,
      List<RemarkText> remarks) {
    CoordinationRound round = find(roundId);
    Optional<Organisation> named =
        organisationId != null && isSecretariat()
            ? Optional.ofNullable(em.find(Organisation.class, organisationId))
            : callerOrganisation();
    Organisation organisation =
        named.orElseThrow(
            () ->
                new CoordinationRefused(
                    Rule.NO_ORGANISATION, null, "your account belongs to no organisation"));
    Long bodyId =
        body(round, organisation)
            .orElseThrow(
                () ->
                    new CoordinationRefused(
                        Rule.NOT_CONSULTED, null, organisation + " is not consulted in this round"))
            .getId();
    ConsultedBody body = em.find(ConsultedBody.class, bodyId, LockModeType.PESSIMISTIC_WRITE);
    Set<String> sections = new HashSet<>();
    for (DraftSection section : version(roundId).getSections()) {
      sections.add(section.getKey());
    }
    PositionEntry entry =
        body.give(position, note, remarks, sections, caller(), callerName(), clock.instant());
    em.persist(entry);
    em.flush();
    body.current(entry);
    audit.record(
        AuditAction.COORDINATION_POSITION_GIVEN,
        AuditObjectType.COORDINATION_ROUND,
        roundId,
        organisation.getName() + " #" + entry.getNumber() + " " + position);
    return entry;
  }

  /** A body's positions, newest first, with their remarks. */
  public List<PositionEntry> history(long roundId, long organisationId, int first, int size) {
    CoordinationRound round = round(roundId);
    ConsultedBody body = bodyOf(round, organisationId);
    List<PositionEntry> page =
        em.createQuery(
                "select e from PositionEntry e where e.body = :b order by e.number desc",
                PositionEntry.class)
            .setParameter("b", body)
            .setFirstResult(Math.max(0, first))
            .setMaxResults(Math.max(1, size))
            .getResultList();
    if (!page.isEmpty()) {
      // one query for the page's remarks instead of one per entry
      em.createQuery(
              "select distinct e from PositionEntry e left join fetch e.remarks"
                  + " where e.id in :page",
              PositionEntry.class)
          .setParameter("page", page.stream().map(PositionEntry::getId).toList())
          .getResultList();
    }
    return page;
  }

  public long countHistory(long roundId, long organisationId) {
    return bodyOf(round(roundId), organisationId).getEntries();
  }

  /** The settlements of the given entries' remarks. */
  public List<RemarkSettlement> settlements(long roundId, List<PositionEntry> entries) {
    round(roundId);
    if (entries.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select s from RemarkSettlement s join fetch s.entry where s.entry.id in :entries",
            RemarkSettlement.class)
        .setParameter("entries", entries.stream().map(PositionEntry::getId).toList())
        .getResultList();
  }

  /** The drafter settles a fundamental remark of a body's current position, with a note. */
  public RemarkSettlement settle(long roundId, long entryId, int remarkNumber, String note) {
    CoordinationRound round = find(roundId);
    requireDrafter(round);
    PositionEntry entry = entryOf(round, entryId);
    ConsultedBody body =
        em.find(ConsultedBody.class, entry.getBody().getId(), LockModeType.PESSIMISTIC_WRITE);
    long already =
        em.createQuery(
                "select count(s) from RemarkSettlement s where s.entry = :e and s.remarkNumber = :n",
                Long.class)
            .setParameter("e", entry)
            .setParameter("n", remarkNumber)
            .getSingleResult();
    if (already > 0) {
      throw new CoordinationRefused(Rule.ALREADY_SETTLED, null, "the remark is settled already");
    }
    RemarkSettlement settlement = body.settle(entry, remarkNumber, note, caller(), clock.instant());
    em.persist(settlement);
    audit.record(
        AuditAction.COORDINATION_REMARK_SETTLED,
        AuditObjectType.COORDINATION_ROUND,
        roundId,
        body.getOrganisation().getName() + " #" + entry.getNumber() + " remark " + remarkNumber);
    return settlement;
  }

  /** The current answers to the given entries' remarks. */
  public List<RemarkResponse> responses(long roundId, List<PositionEntry> entries) {
    round(roundId);
    if (entries.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select a from RemarkResponse a join fetch a.entry where a.entry.id in :entries"
                + " and a.currentAnswer = true",
            RemarkResponse.class)
        .setParameter("entries", entries.stream().map(PositionEntry::getId).toList())
        .getResultList();
  }

  /**
   * The drafter answers a remark of a body's current position, ordinary or fundamental, or answers
   * it again ({@code seenRevision}: the revision of the answer the drafter saw, null or 0 for
   * none). An answer does not settle a fundamental objection: settling says the objection is
   * resolved and unblocks the round, answering says what became of the remark in the table.
   */
  public RemarkResponse answer(
      long roundId,
      long entryId,
      int remarkNumber,
      RemarkOutcome outcome,
      String explanation,
      Integer seenRevision) {
    // OPTIMISTIC: publishing the table meanwhile makes this answer fail instead of changing a
    // table that is public already
    CoordinationRound round =
        Optional.ofNullable(em.find(CoordinationRound.class, roundId, LockModeType.OPTIMISTIC))
            .orElseThrow(() -> new NotFoundException("coordination round", roundId));
    requireDrafter(round);
    PositionEntry entry = entryOf(round, entryId);
    Remark remark =
        entry
            .remark(remarkNumber)
            .orElseThrow(() -> new NotFoundException("remark", entryId + "/" + remarkNumber));
    // the body's lock queues answers to its remarks, so the current answer read below is the
    // latest one committed
    ConsultedBody body =
        em.find(ConsultedBody.class, entry.getBody().getId(), LockModeType.PESSIMISTIC_WRITE);
    RemarkResponse current =
        em.createQuery(
                "select a from RemarkResponse a where a.entry = :e and a.remarkNumber = :n"
                    + " and a.currentAnswer = true",
                RemarkResponse.class)
            .setParameter("e", entry)
            .setParameter("n", remarkNumber)
            .getResultStream()
            .findFirst()
            .orElse(null);
    RemarkResponse response =
        body.answer(
            entry,
            remark,
            outcome,
            explanation,
            current,
            seenRevision == null ? 0 : seenRevision,
            caller(),
            callerName(),
            clock.instant());
    em.persist(response);
    audit.record(
        AuditAction.COORDINATION_REMARK_ANSWERED,
        AuditObjectType.COORDINATION_ROUND,
        roundId,
        body.getOrganisation().getName()
            + " #"
            + entry.getNumber()
            + " remark "
            + remarkNumber
            + " "
            + outcome
            + " (revision "
            + response.getRevision()
            + ")");
    return response;
  }

  /** Remarks of the round's current positions that have no answer yet. */
  public long unansweredRemarks(long roundId) {
    return em.createQuery(
            "select coalesce(sum(b.currentRemarks - b.answeredRemarks), 0) from ConsultedBody b"
                + " where b.round.id = :r",
            Number.class)
        .setParameter("r", roundId)
        .getSingleResult()
        .longValue();
  }

  /**
   * The drafter publishes the round's table of remarks and responses: everyone may read it from
   * then on, and its answers no longer change. Refused before the round is closed and while a
   * remark is unanswered.
   */
  public CoordinationRound publishTable(long roundId) {
    CoordinationRound round = find(roundId);
    requireDrafter(round);
    if (round.isTablePublished()) {
      return round;
    }
    round.publishTable(unansweredRemarks(roundId), caller(), clock.instant());
    audit.record(
        AuditAction.COORDINATION_TABLE_PUBLISHED,
        AuditObjectType.COORDINATION_ROUND,
        roundId,
        round.getDraft().getTitle() + " v" + round.getDraftVersion());
    return round;
  }

  /** How many rounds a draft had, any version. */
  public long countRoundsOf(long draftId) {
    return em.createQuery(
            "select count(r) from CoordinationRound r where r.draft.id = :d", Long.class)
        .setParameter("d", draftId)
        .getSingleResult();
  }

  /** Fundamental objections of the round's current positions that are not settled. */
  public long openFundamentals(long roundId) {
    return em.createQuery(
            "select coalesce(sum(b.openFundamentals), 0) from ConsultedBody b where b.round.id = :r",
            Number.class)
        .setParameter("r", roundId)
        .getSingleResult()
        .longValue();
  }

  /**
   * Whether a draft may move on: no round of it has a fundamental objection left unsettled. The
   * consultation and the draft's next steps ask this before they go ahead (for any drafter, hence
   * open to all: it tells only yes or no).
   */
  @jakarta.annotation.security.PermitAll
  public boolean mayMoveOn(long draftId) {
    return em.createQuery(
                "select count(b) from ConsultedBody b where b.round.draft.id = :d"
                    + " and b.openFundamentals > 0",
                Long.class)
            .setParameter("d", draftId)
            .getSingleResult()
        == 0;
  }

  /** The drafter closes the round; refused while a fundamental objection is open. */
  public CoordinationRound close(long roundId) {
    CoordinationRound round = find(roundId);
    requireDrafter(round);
    round.close(openFundamentals(roundId), caller(), clock.instant());
    audit.record(
        AuditAction.COORDINATION_ROUND_CLOSED, AuditObjectType.COORDINATION_ROUND, roundId, null);
    return round;
  }

  /**
   * Reminds every body without a position after its round's deadline, once: the reminder is marked
   * sent by a conditional UPDATE, so a second run, a restart or another node sends nothing more.
   * Returns how many bodies were reminded now.
   */
  @RolesAllowed(Roles.SECRETARIAT)
  public int remindOverdue() {
    Instant now = clock.instant();
    LocalDate latest = now.atOffset(ZoneOffset.UTC).toLocalDate();
    List<ConsultedBody> candidates =
        em.createQuery(
                "select b from ConsultedBody b join fetch b.round r where r.closedAt is null"
                    + " and r.deadline <= :latest and b.entries = 0 and b.reminderSentAt is null",
                ConsultedBody.class)
            .setParameter("latest", latest)
            .getResultList();
    int reminded = 0;
    for (ConsultedBody body : candidates) {
      if (!body.isOverdue(now)) {
        continue;
      }
      List<Person> people =
          em.createQuery(
                  "select p from Person p where p.organisation = :o and p.email is not null"
                      + " order by p.fullName",
                  Person.class)
              .setParameter("o", body.getOrganisation())
              .getResultList();
      if (people.isEmpty()) {
        continue; // nobody to remind yet; it stays flagged in the table
      }
      int marked =
          em.createNativeQuery(
                  "update consulted_body set reminder_sent_at = ?1 where id = ?2"
                      + " and reminder_sent_at is null and entries = 0")
              .setParameter(1, now.atOffset(ZoneOffset.UTC))
              .setParameter(2, body.getId())
              .executeUpdate();
      if (marked != 1) {
        continue;
      }
      CoordinationRound round = body.getRound();
      for (Person person : people) {
        asked.fire(
            new PositionRequested(
                PositionRequested.Reason.OVERDUE,
                person.getEmail(),
                person.getFullName(),
                body.getOrganisation().getName(),
                round.getDraft().getTitle(),
                round.getDraftVersion(),
                round.getId(),
                round.getDeadline()));
      }
      audit.record(
          AuditAction.COORDINATION_REMINDER_SENT,
          AuditObjectType.COORDINATION_ROUND,
          round.getId(),
          body.getOrganisation().getName());
      reminded++;
    }
    return reminded;
  }

  /** The caller's organisation in the directory, if their account has one. */
  public Optional<Organisation> callerOrganisation() {
    return em.createQuery(
            "select o from Account a join a.person p join p.organisation o where a.username = :u",
            Organisation.class)
        .setParameter("u", caller())
        .getResultStream()
        .findFirst();
  }

  /** Whether the caller's organisation is consulted in the round. */
  public boolean isConsulted(long roundId) {
    CoordinationRound round = find(roundId);
    return callerOrganisation().map(o -> body(round, o).isPresent()).orElse(false);
  }

  /** Whether the caller may act for the drafter of the round. */
  public boolean isDrafter(CoordinationRound round) {
    return isSecretariat()
        || callerOrganisation().map(o -> o.equals(round.getDrafter())).orElse(false);
  }

  private Organisation drafterFor(Long drafterId) {
    if (drafterId != null && isSecretariat()) {
      return Optional.ofNullable(em.find(Organisation.class, drafterId))
          .orElseThrow(
              () ->
                  new CoordinationRefused(
                      Rule.UNKNOWN_ORGANISATION, "drafterId", "no organisation " + drafterId));
    }
    return callerOrganisation()
        .orElseThrow(
            () ->
                new CoordinationRefused(
                    Rule.NO_ORGANISATION, null, "your account belongs to no organisation"));
  }

  private void requireDrafter(CoordinationRound round) {
    if (!isDrafter(round)) {
      throw new CoordinationRefused(
          Rule.NOT_THE_DRAFTER, null, "only the drafter " + round.getDrafter() + " may do this");
    }
  }

  private Optional<ConsultedBody> body(CoordinationRound round, Organisation organisation) {
    return em.createQuery(
            "select b from ConsultedBody b where b.round = :r and b.organisation = :o",
            ConsultedBody.class)
        .setParameter("r", round)
        .setParameter("o", organisation)
        .getResultStream()
        .findFirst();
  }

  private ConsultedBody bodyOf(CoordinationRound round, long organisationId) {
    return em.createQuery(
            "select b from ConsultedBody b where b.round = :r and b.organisation.id = :o",
            ConsultedBody.class)
        .setParameter("r", round)
        .setParameter("o", organisationId)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("consulted body", organisationId));
  }

  private PositionEntry entryOf(CoordinationRound round, long entryId) {
    return Optional.ofNullable(em.find(PositionEntry.class, entryId))
        .filter(e -> e.getBody().getRound().equals(round))
        .orElseThrow(() -> new NotFoundException("position", entryId));
  }

  private CoordinationRound find(long roundId) {
    return Optional.ofNullable(em.find(CoordinationRound.class, roundId))
        .orElseThrow(() -> new NotFoundException("coordination round", roundId));
  }

  private boolean isSecretariat() {
    return session.isCallerInRole(Roles.SECRETARIAT);
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }

  private String callerName() {
    return em.createQuery(
            "select p.fullName from Account a join a.person p where a.username = :u", String.class)
        .setParameter("u", caller())
        .getResultStream()
        .findFirst()
        .orElse(caller());
  }
}
