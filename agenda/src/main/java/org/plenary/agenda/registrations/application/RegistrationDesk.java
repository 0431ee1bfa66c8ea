package org.plenary.agenda.registrations.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.plenary.agenda.meetings.application.PublishedMeetings;
import org.plenary.agenda.meetings.domain.Meeting;
import org.plenary.agenda.registrations.application.RegistrationDecided.Kind;
import org.plenary.agenda.registrations.domain.Attendance;
import org.plenary.agenda.registrations.domain.Registration;
import org.plenary.agenda.registrations.domain.RegistrationStatus;
import org.plenary.agenda.registrations.domain.SocialEventPlace;
import org.plenary.core.audit.application.AuditLog;
import org.plenary.core.audit.domain.AuditAction;
import org.plenary.core.audit.domain.AuditObjectType;
import org.plenary.core.mail.Mail;
import org.plenary.core.security.domain.Roles;
import org.plenary.core.shared.Like;
import org.plenary.core.shared.NotFoundException;
import org.plenary.core.shared.SortColumn;

/**
 * The secretariat's registration desk: a meeting's registrations paged, sorted and filtered in the
 * database, counts per status, and the decisions (approve; decline with a reason; cancel). A seat
 * on the social event that a declined or cancelled registration held goes to the first person
 * waiting, as when people cancel themselves. Each decision is audited and mailed to the participant
 * in the language they registered in.
 */
@Stateless
@RolesAllowed(Roles.SECRETARIAT)
public class RegistrationDesk {
  /** What the desk is filtered by; null or blank for "any". */
  public record Filter(
      String q,
      String organisation,
      String country,
      RegistrationStatus status,
      Attendance attendance) {}

  /** The columns the desk sorts by. */
  public enum Sort implements SortColumn {
    NAME("name", "p.fullName"),
    ORGANISATION("organisation", "o.name"),
    COUNTRY("country", "c.code"),
    STATUS("status", "r.status"),
    ATTENDANCE("attendance", "r.attendance"),
    REGISTERED_AT("registeredAt", "r.registeredAt");

    private final String column;
    private final String path;

    Sort(String column, String path) {
      this.column = column;
      this.path = path;
    }

    @Override
    public String column() {
      return column;
    }
  }

  /** One page of rows and how many match in all. */
  public record Page(List<DeskRow> rows, long total) {}

  @PersistenceContext EntityManager em;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject Event<Mail> mail;
  @Inject Event<RegistrationDecided> decided;

  /** A page of the meeting's registrations matching the filter, in the order asked for. */
  public Page page(
      @NotBlank String meetingId,
      @NotNull Filter filter,
      Sort sort,
      boolean ascending,
      int first,
      int size) {
    Meeting meeting = meeting(meetingId);
    Map<String, Object> parameters = new HashMap<>();
    String where = where(meeting, filter, parameters);
    TypedQuery<Long> count =
        em.createQuery("select count(r) from Registration r" + JOINS + where, Long.class);
    parameters.forEach(count::setParameter);
    long total = count.getSingleResult();
    Sort by = sort == null ? Sort.NAME : sort;
    TypedQuery<Object[]> query =
        em.createQuery(
            "select r.id, p.fullName, p.email, o.name, c.code, r.status, r.attendance,"
                + " r.socialEvent, r.registeredAt, r.listed, r.decisionReason, r.dietaryNeeds,"
                + " r.accessibilityNeeds"
                + " from Registration r"
                + JOINS
                + where
                + " order by "
                + by.path
                + (ascending ? " asc" : " desc")
                + ", r.id",
            Object[].class);
    parameters.forEach(query::setParameter);
    List<Object[]> found =
        query.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, size)).getResultList();
    List<Long> ids = found.stream().map(row -> (Long) row[0]).toList();
    Map<Long, List<String>> days = days(ids);
    Map<Long, List<String>> sideMeetings = sideMeetings(ids);
    List<DeskRow> rows = new ArrayList<>();
    for (Object[] row : found) {
      rows.add(
          new DeskRow(
              (Long) row[0],
              (String) row[1],
              (String) row[2],
              (String) row[3],
              (String) row[4],
              (RegistrationStatus) row[5],
              (Attendance) row[6],
              (SocialEventPlace) row[7],
              days.getOrDefault((Long) row[0], List.of()),
              (OffsetDateTime) row[8],
              (Boolean) row[9],
              (String) row[10],
              sideMeetings.getOrDefault((Long) row[0], List.of()),
              (String) row[11],
              (String) row[12]));
    }
    return new Page(rows, total);
  }

  private static final String JOINS =
      " join r.person p left join p.organisation o left join o.country c";

  private static String where(Meeting meeting, Filter filter, Map<String, Object> parameters) {
    StringBuilder where = new StringBuilder(" where r.meeting = :meeting");
    parameters.put("meeting", meeting);
    if (!blank(filter.q())) {
      where.append(
          " and (lower(p.fullName) like :q escape '\\' or lower(p.email) like :q escape '\\')");
      parameters.put("q", Like.contains(filter.q()));
    }
    if (!blank(filter.organisation())) {
      where.append(" and lower(o.name) like :organisation escape '\\'");
      parameters.put("organisation", Like.contains(filter.organisation()));
    }
    if (!blank(filter.country())) {
      where.append(" and c.code = :country");
      parameters.put("country", filter.country().strip().toUpperCase(Locale.ROOT));
    }
    if (filter.status() != null) {
      where.append(" and r.status = :status");
      parameters.put("status", filter.status());
    }
    if (filter.attendance() != null) {
      where.append(" and r.attendance = :attendance");
      parameters.put("attendance", filter.attendance());
    }
    return where.toString();
  }

  /** The registered days of these registrations, in one query. */
  private Map<Long, List<String>> days(List<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    Map<Long, List<String>> days = new HashMap<>();
    em.createQuery(
            "select r.id, d from Registration r join r.days d where r.id in :ids order by d",
            Object[].class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(
            row ->
                days.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add(row[1].toString()));
    return days;
  }

  /** The titles of the side meetings each registration chose, in one query. */
  private Map<Long, List<String>> sideMeetings(List<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    Map<Long, List<String>> titles = new HashMap<>();
    em.createQuery(
            "select r.id, m.title from Registration r join r.sideMeetings m where r.id in :ids"
                + " order by m.startDate, m.title",
            Object[].class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(
            row ->
                titles.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((String) row[1]));
    return titles;
  }

  /** A name badge: who, of which organisation and country, at which meeting. */
  public record Badge(String name, String organisation, String country, String meeting) {}

  /**
   * The badges of everyone registered and not declined, by organisation then name. The country is
   * named in English (badges are printed once for everyone).
   */
  public List<Badge> badges(@NotBlank String meetingId) {
    Meeting meeting = meeting(meetingId);
    return em
        .createQuery(
            "select p.fullName, o.name, c.nameEn from Registration r"
                + JOINS
                + " where r.meeting = :m and r.status <> :declined"
                + " order by o.name, p.fullName, r.id",
            Object[].class)
        .setParameter("m", meeting)
        .setParameter("declined", RegistrationStatus.DECLINED)
        .getResultList()
        .stream()
        .map(
            row -> new Badge((String) row[0], (String) row[1], (String) row[2], meeting.getTitle()))
        .toList();
  }

  /** The title of a published meeting (for the desk's heading). */
  public String meetingTitle(@NotBlank String meetingId) {
    return meeting(meetingId).getTitle();
  }

  /** How many of the meeting's registrations stand at each status (every status, 0 included). */
  public Map<RegistrationStatus, Long> counts(@NotBlank String meetingId) {
    Meeting meeting = meeting(meetingId);
    Map<RegistrationStatus, Long> counts = new EnumMap<>(RegistrationStatus.class);
    for (RegistrationStatus status : RegistrationStatus.values()) {
      counts.put(status, 0L);
    }
    em.createQuery(
            "select r.status, count(r) from Registration r where r.meeting = :m group by r.status",
            Object[].class)
        .setParameter("m", meeting)
        .getResultList()
        .forEach(row -> counts.put((RegistrationStatus) row[0], (Long) row[1]));
    return new LinkedHashMap<>(counts);
  }

  /** Approves a registration and tells the participant. */
  public DeskRow approve(@NotBlank String meetingId, long registrationId) {
    Registration registration = registration(meetingId, registrationId);
    registration.approve(clock.instant());
    audit.record(
        AuditAction.REGISTRATION_APPROVED,
        AuditObjectType.REGISTRATION,
        Registrations.key(registration),
        null);
    notify(registration, Kind.APPROVED, null);
    return row(registration);
  }

  /**
   * Declines a registration with a reason, mailed to the participant. A seat it held goes to the
   * first person waiting; a place it had on the waiting list is given up.
   */
  public DeskRow decline(@NotBlank String meetingId, long registrationId, String reason) {
    Registration registration = registration(meetingId, registrationId);
    boolean heldASeat = registration.decline(reason, clock.instant());
    em.flush();
    audit.record(
        AuditAction.REGISTRATION_DECLINED,
        AuditObjectType.REGISTRATION,
        Registrations.key(registration),
        registration.getDecisionReason());
    if (heldASeat) {
      new SeatKeeper(em, audit, mail).release(registration.getMeeting());
    }
    notify(registration, Kind.DECLINED, registration.getDecisionReason());
    return row(registration);
  }

  /**
   * Cancels a registration for the participant; a seat it held goes to the first person waiting.
   */
  public void cancel(@NotBlank String meetingId, long registrationId) {
    Registration registration = registration(meetingId, registrationId);
    Meeting meeting = registration.getMeeting();
    boolean heldASeat = registration.holdsASeat();
    notify(registration, Kind.CANCELLED, null);
    audit.record(
        AuditAction.REGISTRATION_CANCELLED,
        AuditObjectType.REGISTRATION,
        Registrations.key(registration),
        "by the desk");
    em.remove(registration);
    em.flush();
    if (heldASeat) {
      new SeatKeeper(em, audit, mail).release(meeting);
    }
  }

  private void notify(Registration registration, Kind kind, String reason) {
    Optional.ofNullable(registration.getPerson().getEmail())
        .filter(e -> !e.isBlank())
        .ifPresent(
            to ->
                decided.fire(
                    new RegistrationDecided(
                        kind,
                        to,
                        registration.getPerson().getFullName(),
                        registration.getLanguage(),
                        registration.getMeeting().getTitle(),
                        reason)));
  }

  private DeskRow row(Registration registration) {
    return new DeskRow(
        registration.getId(),
        registration.getPerson().getFullName(),
        registration.getPerson().getEmail(),
        registration.getPerson().organisation().map(o -> o.getName()).orElse(null),
        registration
            .getPerson()
            .organisation()
            .flatMap(o -> o.country())
            .map(c -> c.getCode())
            .orElse(null),
        registration.getStatus(),
        registration.getAttendance(),
        registration.getSocialEvent(),
        registration.getDays().stream().sorted().map(Object::toString).toList(),
        registration.getRegisteredAt().atOffset(java.time.ZoneOffset.UTC),
        registration.isListed(),
        registration.getDecisionReason(),
        registration.getSideMeetings().stream().map(Meeting::getTitle).toList(),
        registration.getDietaryNeeds(),
        registration.getAccessibilityNeeds());
  }

  private Registration registration(String meetingId, long id) {
    Registration registration = em.find(Registration.class, id);
    if (registration == null || !registration.getMeeting().getSlug().equals(meetingId)) {
      throw new NotFoundException("registration", id);
    }
    return registration;
  }

  private Meeting meeting(String slug) {
    return PublishedMeetings.get(em, slug);
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
