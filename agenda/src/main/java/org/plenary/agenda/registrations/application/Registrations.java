package org.plenary.agenda.registrations.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.plenary.agenda.meetings.application.MeetingCatalog;
import org.plenary.agenda.meetings.domain.AgendaStatus;
import org.plenary.agenda.meetings.domain.Meeting;
import org.plenary.agenda.registrations.domain.Choices;
import org.plenary.agenda.registrations.domain.Registration;
import org.plenary.agenda.registrations.domain.RegistrationDeadline;
import org.plenary.agenda.registrations.domain.RegistrationRefused;
import org.plenary.agenda.registrations.domain.RegistrationRefused.Rule;
import org.plenary.agenda.registrations.domain.RegistrationStatus;
import org.plenary.agenda.registrations.domain.SocialEventPlace;
import org.plenary.agenda.registrations.domain.SocialEventSeats;
import org.plenary.core.audit.application.AuditLog;
import org.plenary.core.audit.domain.AuditAction;
import org.plenary.core.audit.domain.AuditObjectType;
import org.plenary.core.mail.Mail;
import org.plenary.core.people.domain.Person;
import org.plenary.core.security.application.Accounts;
import org.plenary.core.security.domain.Account;
import org.plenary.core.security.domain.Roles;
import org.plenary.core.shared.Like;
import org.plenary.core.shared.NotFoundException;
import org.plenary.core.shared.SortColumn;

/**
 * Signed-in people register themselves for published meetings and cancel; the secretariat sets how
 * many seats the social event has. A seat is taken by one conditional update of the meeting's seat
 * row ({@code taken = taken + 1 where taken < capacity}): the database decides, and the row lock
 * that update holds until commit puts concurrent registrations in a line. Whoever finds no seat
 * draws the next waiting ticket from the same row.
 */
@Stateless
@RolesAllowed({Roles.DELEGATE, Roles.MEMBER, Roles.MINISTRY, Roles.SECRETARIAT})
public class Registrations {
  private static final String UNIQUE_VIOLATION = "23505";

  @PersistenceContext EntityManager em;
  @Resource SessionContext session;
  @Inject Accounts accounts;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject MeetingCatalog catalog;
  @Inject Event<Mail> mail;

  /** Registers the caller for a published meeting; confirms by e-mail once committed. */
  public RegistrationDetails register(@NotBlank String meetingId, @NotNull Choices choices) {
    return register(meetingId, choices, false, "en");
  }

  /**
   * Registers the caller, who may agree to appear on the participant list; mails about the
   * registration are in the given language ("en" or "fr").
   */
  public RegistrationDetails register(
      @NotBlank String meetingId, @NotNull Choices choices, boolean listed, String language) {
    Person person = caller().getPerson();
    Meeting meeting = publishedMeeting(meetingId);
    LocalDate closesOn = closesOn(meeting);
    RegistrationDeadline.checkOpen(meeting, closesOn, clock.instant());
    Entered entered = enter(meeting, person, choices, listed, language, clock.instant());
    Registration registration = entered.registration();
    Integer position = entered.position();
    RegistrationMails.confirmation(registration, published(meetingId), position, clock.instant())
        .ifPresent(mail::fire);
    return RegistrationDetails.of(registration, position, closesOn, true);
  }

  /**
   * Enters a registration a person made before Plenary kept them (the demo's delegates to E-Leaders
   * 2019) as it stood: received at its own time, approved by the desk then if it was, with a seat
   * or a waiting ticket on the social event as registering would have given, under every rule of
   * registering but the deadline. Nobody is mailed: it is no news to them. Audited.
   */
  @RolesAllowed(Roles.SECRETARIAT)
  public void importRegistration(
      @NotBlank String meetingId,
      long personId,
      @NotNull Choices choices,
      boolean listed,
      @NotNull Instant receivedAt,
      boolean approved) {
    Person person =
        Optional.ofNullable(em.find(Person.class, personId))
            .orElseThrow(() -> new NotFoundException("person", String.valueOf(personId)));
    Meeting meeting = publishedMeeting(meetingId);
    Registration registration =
        enter(meeting, person, choices, listed, "en", receivedAt).registration();
    if (approved) {
      registration.approve(receivedAt);
      audit.record(
          AuditAction.REGISTRATION_APPROVED, AuditObjectType.REGISTRATION, key(registration), null);
    }
  }

  /** A registration just entered, with its place on the social event's waiting list (or null). */
  private record Entered(Registration registration, Integer position) {}

  /**
   * Registers the person: one registration a person and meeting (the unique key decides between
   * concurrent ones), then a seat on the social event if one is asked for and free, else the next
   * waiting ticket. Audited.
   */
  private Entered enter(
      Meeting meeting,
      Person person,
      Choices choices,
      boolean listed,
      String language,
      Instant receivedAt) {
    if (find(person, meeting).isPresent()) {
      throw alreadyRegistered(person, meeting);
    }
    Registration registration = Registration.register(meeting, person, choices, receivedAt);
    registration.prefer(listed, language);
    if (choices.socialEvent() && seats(meeting).isEmpty()) {
      throw new RegistrationRefused(
          Rule.SOCIAL_EVENT_NOT_OPEN,
          "the social event of " + meeting.getTitle() + " is not open for registration yet");
    }
    em.persist(registration);
    try {
      em.flush(); // a concurrent retry of the same registration fails here, before any seat
    } catch (PersistenceException e) {
      if (isUniqueViolation(e)) {
        throw alreadyRegistered(person, meeting);
      }
      throw e;
    }
    if (registration.isWaitingForASeat()) {
      if (takeSeat(meeting)) {
        registration.takeSeat();
      } else {
        registration.waitWithTicket(nextTicket(meeting));
      }
    }
    Integer position = position(registration);
    audit.record(
        AuditAction.REGISTRATION_CREATED,
        AuditObjectType.REGISTRATION,
        key(registration),
        "days "
            + registration.getDays()
            + ", "
            + registration.getAttendance()
            + ", social event "
            + registration.getSocialEvent()
            + (position == null ? "" : " #" + position));
    return new Entered(registration, position);
  }

  /**
   * The caller changes their registration: days, side meetings, attendance, needs, the social event
   * and the participant list, under the rules of registering. The desk's decision stands. A seat on
   * the social event is kept while it is still asked for; asked for anew, a seat is taken or a
   * waiting ticket drawn as when registering; given up, it goes to the first person waiting. The
   * changed registration is mailed to the caller, with its calendar file.
   */
  public RegistrationDetails change(
      @NotBlank String meetingId, @NotNull Choices choices, boolean listed, String language) {
    Registration registration = myRegistration(meetingId);
    Meeting meeting = registration.getMeeting();
    LocalDate closesOn = closesOn(meeting);
    RegistrationDeadline.checkOpen(meeting, closesOn, clock.instant());
    boolean askedBefore = registration.getSocialEvent() != SocialEventPlace.NOT_REQUESTED;
    if (choices.socialEvent() && !askedBefore && seats(meeting).isEmpty()) {
      throw new RegistrationRefused(
          Rule.SOCIAL_EVENT_NOT_OPEN,
          "the social event of " + meeting.getTitle() + " is not open for registration yet");
    }
    String before = summary(registration);
    boolean gaveUpASeat = registration.change(choices);
    registration.prefer(listed, language);
    if (registration.awaitsASeatDecision()) {
      if (takeSeat(meeting)) {
        registration.takeSeat();
      } else {
        registration.waitWithTicket(nextTicket(meeting));
      }
    }
    if (gaveUpASeat) {
      keeper().release(meeting);
    }
    Integer position = position(registration);
    audit.record(
        AuditAction.REGISTRATION_CHANGED,
        AuditObjectType.REGISTRATION,
        key(registration),
        before + " -> " + summary(registration) + (position == null ? "" : " #" + position));
    RegistrationMails.change(
            registration, published(registration.getMeeting().getSlug()), position, clock.instant())
        .ifPresent(mail::fire);
    return RegistrationDetails.of(registration, position, closesOn, true);
  }

  private static String summary(Registration registration) {
    return "days "
        + registration.getDays()
        + ", side meetings "
        + registration.getSideMeetings().stream().map(Meeting::getSlug).toList()
        + ", "
        + registration.getAttendance()
        + ", social event "
        + registration.getSocialEvent()
        + (registration.isListed() ? ", listed" : "");
  }

  /**
   * A page of the caller's registrations: the meetings to come or under way first, the soonest
   * first, then the past ones, the latest first; read as two runs each sorted and paged in the
   * database, the page's part of the meetings to come, then of the past.
   */
  public List<RegistrationDetails> mine(int first, int size) {
    Person person = caller().getPerson();
    LocalDate today = LocalDate.now(clock);
    int from = Math.max(0, first);
    int most = Math.max(1, size);
    long ahead =
        em.createQuery(
                "select count(r) from Registration r where r.person = :person"
                    + " and r.meeting.endDate >= :today",
                Long.class)
            .setParameter("person", person)
            .setParameter("today", today)
            .getSingleResult();
    List<Registration> page = new ArrayList<>();
    if (from < ahead) {
      page.addAll(mine(person, ">= :today order by m.startDate", today, from, most));
    }
    if (page.size() < most) {
      page.addAll(
          mine(
              person,
              "< :today order by m.startDate desc",
              today,
              (int) Math.max(0, from - ahead),
              most - page.size()));
    }
    Map<Long, LocalDate> deadlines = deadlines(page.stream().map(r -> r.getMeeting().getId()));
    return page.stream().map(r -> details(r, deadlines.get(r.getMeeting().getId()))).toList();
  }

  private List<Registration> mine(
      Person person, String endAndOrder, LocalDate today, int first, int size) {
    return em.createQuery(
            "select r from Registration r join fetch r.meeting m"
                + " where r.person = :person and m.endDate "
                + endAndOrder
                + ", m.slug",
            Registration.class)
        .setParameter("person", person)
        .setParameter("today", today)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  /** How many registrations the caller has. */
  public long countMine() {
    return em.createQuery(
            "select count(r) from Registration r where r.person = :person", Long.class)
        .setParameter("person", caller().getPerson())
        .getSingleResult();
  }

  /**
   * Someone on a meeting's participant list: only those who agreed to appear on it. The getters
   * serve the pages and stay out of the JSON.
   */
  public record Participant(String name, String organisation, String country)
      implements java.io.Serializable {
    @JsonbTransient
    public String getName() {
      return name;
    }

    @JsonbTransient
    public String getOrganisation() {
      return organisation;
    }

    @JsonbTransient
    public String getCountry() {
      return country;
    }
  }

  /** A page of the participant list and how many are on it. */
  public record Participants(String meetingTitle, List<Participant> rows, long total) {}

  /**
   * What a participant list is narrowed to: words of a participant's name, organisation or country
   * code. Null for all.
   */
  public record ParticipantFilter(String text) implements Serializable {
    public static final ParticipantFilter ALL = new ParticipantFilter(null);
  }

  /** The columns a participant list sorts on. */
  public enum ParticipantSort implements SortColumn {
    NAME("name", "lower(p.fullName)"),
    ORGANISATION("organisation", "coalesce(lower(o.name), '')"),
    COUNTRY("country", "coalesce(c.code, '')");

    private final String column;
    private final String expression;

    ParticipantSort(String column, String expression) {
      this.column = column;
      this.expression = expression;
    }

    @Override
    public String column() {
      return column;
    }
  }

  /**
   * The participant list of a meeting, by name: the registered people (not declined) who agreed to
   * appear on it. Only people registered for the meeting (and the secretariat) may read it.
   */
  public Participants participants(@NotBlank String meetingId, int first, int size) {
    return participants(meetingId, ParticipantFilter.ALL, ParticipantSort.NAME, true, first, size);
  }

  /**
   * The participant list as {@link #participants(String, int, int)}, filtered and sorted in the
   * database (then by name).
   */
  public Participants participants(
      @NotBlank String meetingId,
      @NotNull ParticipantFilter filter,
      @NotNull ParticipantSort sort,
      boolean ascending,
      int first,
      int size) {
    Meeting meeting = publishedMeeting(meetingId);
    if (!session.isCallerInRole(Roles.SECRETARIAT)) {
      Person me = caller().getPerson();
      if (find(me, meeting).filter(r -> r.getStatus() != RegistrationStatus.DECLINED).isEmpty()) {
        throw new RegistrationRefused(
            Rule.NOT_REGISTERED,
            "only people registered for " + meeting.getTitle() + " see its participant list");
      }
    }
    boolean text = filter.text() != null && !filter.text().isBlank();
    // no escape clause beside the boolean: see Like
    String where =
        " from Registration r join r.person p left join p.organisation o left join o.country c"
            + " where r.meeting = :m and r.listed = true and r.status <> :declined"
            + (text
                ? " and (lower(p.fullName) like :text or lower(o.name) like :text"
                    + " or lower(c.code) like :text)"
                : "");
    long total =
        participantQuery("select count(r)" + where, Long.class, meeting, filter).getSingleResult();
    List<Participant> rows =
        participantQuery(
                "select p.fullName, o.name, c.code"
                    + where
                    + " order by "
                    + sort.expression
                    + (ascending ? " asc" : " desc")
                    + ", lower(p.fullName), r.id",
                Object[].class,
                meeting,
                filter)
            .setFirstResult(Math.max(0, first))
            .setMaxResults(Math.max(1, size))
            .getResultStream()
            .map(row -> new Participant((String) row[0], (String) row[1], (String) row[2]))
            .toList();
    return new Participants(meeting.getTitle(), rows, total);
  }

  private <T> TypedQuery<T> participantQuery(
      String jpql, Class<T> type, Meeting meeting, ParticipantFilter filter) {
    TypedQuery<T> query =
        em.createQuery(jpql, type)
            .setParameter("m", meeting)
            .setParameter("declined", RegistrationStatus.DECLINED);
    if (filter.text() != null && !filter.text().isBlank()) {
      query.setParameter("text", Like.contains(filter.text()));
    }
    return query;
  }

  /** Someone to tell about a meeting: address, name, and the language they registered in. */
  public record Recipient(String email, String fullName, String language) {}

  /**
   * Everyone registered for a meeting (not declined) who has an e-mail address, in one query: the
   * people to tell when its agenda changes.
   */
  @RolesAllowed(Roles.SECRETARIAT)
  public List<Recipient> recipients(@NotBlank String meetingId) {
    return em.createQuery(
            "select p.email, p.fullName, r.language from Registration r join r.person p"
                + " where r.meeting.slug = :slug and r.status <> :declined and p.email is not null"
                + " order by p.fullName, r.id",
            Object[].class)
        .setParameter("slug", meetingId)
        .setParameter("declined", RegistrationStatus.DECLINED)
        .getResultStream()
        .map(row -> new Recipient((String) row[0], (String) row[1], (String) row[2]))
        .toList();
  }

  /** The caller's registration for a meeting. */
  public RegistrationDetails mine(@NotBlank String meetingId) {
    Registration registration = myRegistration(meetingId);
    return details(registration, closesOn(registration.getMeeting()));
  }

  private RegistrationDetails details(Registration registration, LocalDate closesOn) {
    return RegistrationDetails.of(
        registration,
        position(registration),
        closesOn,
        RegistrationDeadline.isOpen(registration.getMeeting(), closesOn, clock.instant()));
  }

  /**
   * When registration for a published meeting closes, and whether it is open now: for anyone who
   * considers registering (public, as the meeting is).
   */
  @PermitAll
  public RegistrationPeriod period(@NotBlank String meetingId) {
    Meeting meeting = publishedMeeting(meetingId);
    return period(meeting, closesOn(meeting));
  }

  private RegistrationPeriod period(Meeting meeting, LocalDate closesOn) {
    return new RegistrationPeriod(
        meeting.getSlug(),
        closesOn,
        RegistrationDeadline.isOpen(meeting, closesOn, clock.instant()));
  }

  /**
   * Sets the last day on which people may register or change their registration (in the meeting's
   * time zone), no later than the meeting's last day; null keeps registration open. Cancelling
   * stays possible, and the desk keeps deciding, after it.
   */
  @RolesAllowed(Roles.SECRETARIAT)
  public RegistrationPeriod closeRegistrationOn(@NotBlank String meetingId, LocalDate closesOn) {
    Meeting meeting = publishedMeeting(meetingId);
    RegistrationDeadline deadline = em.find(RegistrationDeadline.class, meeting.getId());
    if (closesOn == null) {
      if (deadline != null) {
        em.remove(deadline);
      }
    } else if (deadline == null) {
      em.persist(new RegistrationDeadline(meeting, closesOn));
    } else {
      deadline.moveTo(meeting, closesOn);
    }
    audit.record(
        AuditAction.REGISTRATION_DEADLINE_SET,
        AuditObjectType.MEETING,
        meeting.getSlug(),
        closesOn == null ? "open" : "closes on " + closesOn);
    return period(meeting, closesOn);
  }

  private LocalDate closesOn(Meeting meeting) {
    RegistrationDeadline deadline = em.find(RegistrationDeadline.class, meeting.getId());
    return deadline == null ? null : deadline.getClosesOn();
  }

  /** The deadlines of the given meetings, in one query. */
  private Map<Long, LocalDate> deadlines(Stream<Long> meetingIds) {
    List<Long> ids = meetingIds.distinct().toList();
    if (ids.isEmpty()) {
      return Map.of();
    }
    return em.createQuery(
            "select d from RegistrationDeadline d where d.meetingId in :ids",
            RegistrationDeadline.class)
        .setParameter("ids", ids)
        .getResultStream()
        .collect(
            Collectors.toMap(
                RegistrationDeadline::getMeetingId, RegistrationDeadline::getClosesOn));
  }

  /** The caller's registered days of a meeting as an iCalendar file (UTF-8), to download. */
  public byte[] myCalendar(@NotBlank String meetingId) {
    Registration registration = myRegistration(meetingId);
    return MeetingCalendar.ics(registration, published(meetingId), clock.instant())
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /**
   * Cancels the caller's registration. A seat it held on the social event goes to the first person
   * on the waiting list, who is told by e-mail.
   */
  public void cancel(@NotBlank String meetingId) {
    Registration registration = myRegistration(meetingId);
    Meeting meeting = registration.getMeeting();
    boolean heldASeat = registration.holdsASeat();
    String key = key(registration);
    em.remove(registration);
    audit.record(AuditAction.REGISTRATION_CANCELLED, AuditObjectType.REGISTRATION, key, null);
    if (heldASeat) {
      keeper().release(meeting);
    }
  }

  /**
   * Sets how many seats the social event has. More seats go to the waiting list at once, in order;
   * fewer seats take no seat from anyone who has one, they only stop new confirmations.
   */
  @RolesAllowed(Roles.SECRETARIAT)
  public SocialEventStatus setSocialEventCapacity(@NotBlank String meetingId, int capacity) {
    Meeting meeting = publishedMeeting(meetingId);
    SocialEventSeats.checked(capacity);
    int updated =
        em.createQuery("update SocialEventSeats s set s.capacity = :capacity where s.meeting = :m")
            .setParameter("capacity", capacity)
            .setParameter("m", meeting)
            .executeUpdate();
    if (updated == 0) {
      em.persist(new SocialEventSeats(meeting, capacity));
      em.flush();
    }
    audit.record(
        AuditAction.SOCIAL_EVENT_CAPACITY_SET,
        AuditObjectType.MEETING,
        meeting.getSlug(),
        "seats " + capacity);
    boolean promoted;
    do {
      promoted = promoteFromWaitingList(meeting);
    } while (promoted);
    return socialEvent(meetingId);
  }

  /** The social event's capacity, seats taken and waiting list length. */
  @RolesAllowed(Roles.SECRETARIAT)
  public SocialEventStatus socialEvent(@NotBlank String meetingId) {
    Meeting meeting = publishedMeeting(meetingId);
    SocialEventSeats seats =
        seats(meeting)
            .orElseThrow(() -> new NotFoundException("social event of meeting", meetingId));
    em.refresh(seats);
    long waiting =
        em.createQuery(
                "select count(r) from Registration r where r.meeting = :m"
                    + " and r.socialEvent = :waiting",
                Long.class)
            .setParameter("m", meeting)
            .setParameter("waiting", SocialEventPlace.WAITING)
            .getSingleResult();
    return new SocialEventStatus(meeting.getSlug(), seats.getCapacity(), seats.getTaken(), waiting);
  }

  private boolean promoteFromWaitingList(Meeting meeting) {
    return keeper().promoteNext(meeting);
  }

  private boolean takeSeat(Meeting meeting) {
    return keeper().take(meeting);
  }

  private SeatKeeper keeper() {
    return new SeatKeeper(em, audit, mail);
  }

  /** Draws the next waiting ticket; the row stays locked by this transaction until it ends. */
  private int nextTicket(Meeting meeting) {
    em.createQuery(
            "update SocialEventSeats s set s.lastTicket = s.lastTicket + 1"
                + " where s.meeting = :meeting")
        .setParameter("meeting", meeting)
        .executeUpdate();
    return em.createQuery(
            "select s.lastTicket from SocialEventSeats s where s.meeting = :meeting", Integer.class)
        .setParameter("meeting", meeting)
        .getSingleResult();
  }

  /** 1 for the next person to get a seat; null when not waiting. */
  private Integer position(Registration registration) {
    if (registration.getWaitingTicket() == null) {
      return null;
    }
    return em.createQuery(
            "select count(r) from Registration r where r.meeting = :m"
                + " and r.socialEvent = :waiting and r.waitingTicket <= :ticket",
            Long.class)
        .setParameter("m", registration.getMeeting())
        .setParameter("waiting", SocialEventPlace.WAITING)
        .setParameter("ticket", registration.getWaitingTicket())
        .getSingleResult()
        .intValue();
  }

  private Optional<SocialEventSeats> seats(Meeting meeting) {
    return em.createQuery(
            "select s from SocialEventSeats s where s.meeting = :meeting", SocialEventSeats.class)
        .setParameter("meeting", meeting)
        .getResultStream()
        .findFirst();
  }

  private Registration myRegistration(String meetingId) {
    Person person = caller().getPerson();
    return em.createQuery(
            "select r from Registration r where r.person = :person and r.meeting.slug = :slug",
            Registration.class)
        .setParameter("person", person)
        .setParameter("slug", meetingId)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("registration for meeting", meetingId));
  }

  private Optional<Registration> find(Person person, Meeting meeting) {
    return em.createQuery(
            "select r from Registration r where r.person = :person and r.meeting = :meeting",
            Registration.class)
        .setParameter("person", person)
        .setParameter("meeting", meeting)
        .getResultStream()
        .findFirst();
  }

  private Meeting publishedMeeting(String slug) {
    return em.createQuery(
            "select m from Meeting m where m.slug = :slug and m.agendaStatus = :published",
            Meeting.class)
        .setParameter("slug", slug)
        .setParameter("published", AgendaStatus.PUBLISHED)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("meeting", slug));
  }

  /**
   * The meeting's agenda as published, with its published side meetings: the hours of the days in
   * the calendar file come from it, never from edits not yet published: the catalog's shared copy,
   * only read. Null without a snapshot (a meeting seeded without one): the calendar reads the
   * meeting as it stands then.
   */
  private Meeting published(String slug) {
    return catalog.readPublished(slug).orElse(null);
  }

  private Account caller() {
    String username = session.getCallerPrincipal().getName();
    return accounts.find(username).orElseThrow(() -> new NotFoundException("account", username));
  }

  static String key(Registration registration) {
    return registration.getMeeting().getSlug() + "/" + registration.getPerson().getId();
  }

  private static RegistrationRefused alreadyRegistered(Person person, Meeting meeting) {
    return new RegistrationRefused(
        Rule.ALREADY_REGISTERED,
        person.getFullName() + " is already registered for " + meeting.getTitle());
  }

  private static boolean isUniqueViolation(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
