package org.plenary.agenda.meetings.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.plenary.agenda.meetings.domain.AgendaChange;
import org.plenary.agenda.meetings.domain.AgendaDiff;
import org.plenary.agenda.meetings.domain.AgendaItem;
import org.plenary.agenda.meetings.domain.AgendaVersion;
import org.plenary.agenda.meetings.domain.Meeting;
import org.plenary.agenda.meetings.domain.MeetingDay;
import org.plenary.core.shared.Like;
import org.plenary.core.shared.NotFoundException;
import org.plenary.core.shared.SortColumn;

/**
 * Published meetings for everyone: the list of meetings and a meeting's whole agenda, always as the
 * latest published version has it (its snapshot), never the draft the secretariat is editing. A
 * meeting is read in a fixed number of queries however long its agenda; the meetings returned are
 * detached copies rebuilt from the snapshots, ready to render anywhere.
 */
@Stateless
@PermitAll
public class MeetingCatalog {
  // EclipseLink query hints (strings, so the module needs no EclipseLink API at compile time):
  // load each collection of the agenda for all its owners in one "where owner_id in (...)" query.
  private static final String BATCH = "eclipselink.batch";
  private static final String BATCH_TYPE = "eclipselink.batch.type";
  private static final String LATEST =
      "select v, mm.slug from AgendaVersion v join v.meeting m left join m.mainMeeting mm"
          + " where v.number = m.publishedVersion";

  @PersistenceContext EntityManager em;
  @Inject PublishedAgendaCache cache;
  @Inject Clock clock;

  /**
   * What the public list of meetings is narrowed to: words of a main meeting's title, theme or
   * city, or of a side meeting's title; meetings still to come (or under way) or past ones. Null
   * for any.
   */
  public record Filter(String text, When when) implements Serializable {
    public static final Filter ALL = new Filter(null, null);
  }

  /** Meetings whose last day is today or later, or those that ended before today (UTC). */
  public enum When {
    UPCOMING,
    PAST
  }

  /**
   * The columns the public list of meetings sorts on, as the latest published versions have them.
   */
  public enum Sort implements SortColumn {
    /**
     * What people look for first: the meetings to come or under way, the soonest first, then the
     * past ones, the latest first (whichever direction is asked).
     */
    NEXT("next", null),
    START_DATE("startDate", "v.startDate"),
    TITLE("title", "lower(v.title)"),
    CITY("city", "lower(v.city)");

    private final String column;
    private final String expression;

    Sort(String column, String expression) {
      this.column = column;
      this.expression = expression;
    }

    @Override
    public String column() {
      return column;
    }
  }

  /**
   * A page of published main meetings, earliest first by the dates their latest published versions
   * give (not the drafts'), with their published side meetings.
   */
  public List<MeetingSummary> page(int first, int size) {
    return page(Filter.ALL, Sort.START_DATE, true, first, size);
  }

  /**
   * A page of the published main meetings the filter keeps, with their published side meetings,
   * filtered and sorted in the database on what their latest published versions say (never the
   * drafts), then by address.
   */
  public List<MeetingSummary> page(
      Filter filter, Sort sort, boolean ascending, int first, int size) {
    List<Object[]> rows =
        sort == Sort.NEXT
            ? nextFirst(filter, Math.max(0, first), Math.max(1, size))
            : rows(filter, sort.expression + (ascending ? " asc" : " desc"), first, size);
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<String, Meeting> meetings = new LinkedHashMap<>();
    rows.forEach(row -> put(meetings, (AgendaVersion) row[0]));
    attachSideMeetings(meetings);
    return meetings.values().stream()
        .map(meeting -> new MeetingSummary(meeting, meeting.getPublishedSideMeetings()))
        .toList();
  }

  /**
   * A page in {@link Sort#NEXT}'s order, read as two runs each sorted and paged in the database:
   * the page's part of the meetings to come, then its part of the past ones.
   */
  private List<Object[]> nextFirst(Filter filter, int first, int size) {
    Filter upcoming = new Filter(filter.text(), When.UPCOMING);
    long ahead = filter.when() == When.PAST ? 0 : count(upcoming);
    List<Object[]> rows = new ArrayList<>();
    if (first < ahead) {
      rows.addAll(rows(upcoming, "v.startDate asc", first, size));
    }
    if (rows.size() < size && filter.when() != When.UPCOMING) {
      rows.addAll(
          rows(
              new Filter(filter.text(), When.PAST),
              "v.startDate desc",
              (int) Math.max(0, first - ahead),
              size - rows.size()));
    }
    return rows;
  }

  private List<Object[]> rows(Filter filter, String order, int first, int size) {
    return bind(
            em.createQuery(
                LATEST + " and mm is null" + where(filter) + " order by " + order + ", m.slug",
                Object[].class),
            filter)
        .setFirstResult(Math.max(0, first))
        .setMaxResults(Math.max(1, size))
        .getResultList();
  }

  /** How many published main meetings there are, for paging. */
  public long count() {
    return count(Filter.ALL);
  }

  /** How many published main meetings the filter keeps. */
  public long count(Filter filter) {
    return bind(
            em.createQuery(
                "select count(v) from AgendaVersion v join v.meeting m"
                    + " where v.number = m.publishedVersion and m.mainMeeting is null"
                    + where(filter),
                Long.class),
            filter)
        .getSingleResult();
  }

  private static String where(Filter filter) {
    StringBuilder where = new StringBuilder();
    if (filter.text() != null && !filter.text().isBlank()) {
      where.append(
          " and (lower(v.title) like :text escape '\\' or lower(v.theme) like :text escape '\\'"
              + " or lower(v.city) like :text escape '\\' or exists (select s from AgendaVersion s"
              + " join s.meeting sm where sm.mainMeeting = m and s.number = sm.publishedVersion"
              + " and lower(s.title) like :text escape '\\'))");
    }
    if (filter.when() == When.UPCOMING) {
      where.append(" and v.endDate >= :today");
    } else if (filter.when() == When.PAST) {
      where.append(" and v.endDate < :today");
    }
    return where.toString();
  }

  private <T> TypedQuery<T> bind(TypedQuery<T> query, Filter filter) {
    if (filter.text() != null && !filter.text().isBlank()) {
      query.setParameter("text", Like.contains(filter.text()));
    }
    if (filter.when() != null) {
      query.setParameter("today", LocalDate.now(clock));
    }
    return query;
  }

  /**
   * The latest published agenda of the meeting with this slug, with its published side meetings
   * (for a side meeting: with its main meeting).
   */
  public Optional<Meeting> findPublished(String slug) {
    if (slug == null || slug.isBlank()) {
      return Optional.empty();
    }
    List<Object[]> rows =
        em.createQuery(LATEST + " and m.slug = :slug", Object[].class)
            .setParameter("slug", slug)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Meeting meeting = ((AgendaVersion) rows.get(0)[0]).agenda();
    String mainSlug = (String) rows.get(0)[1];
    if (mainSlug == null) {
      Map<String, Meeting> main = new LinkedHashMap<>();
      main.put(slug, meeting);
      attachSideMeetings(main);
    } else {
      findMain(mainSlug).ifPresent(main -> attach(meeting, main));
    }
    return Optional.of(meeting);
  }

  /**
   * The latest published agenda of the meeting with this slug, as {@link #findPublished} reads it,
   * but shared: read from its snapshots once per published version and kept (see {@link
   * PublishedAgendaCache}), so that showing it costs one small query. Every caller gets the same
   * instances: they must only be read, never changed.
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS) // a read: no transaction of its own
  public Optional<Meeting> readPublished(String slug) {
    if (slug == null || slug.isBlank()) {
      return Optional.empty();
    }
    String key = publishedVersions(slug);
    return key.isEmpty() ? Optional.empty() : cache.get(slug, key, () -> findPublished(slug));
  }

  /**
   * What the published agenda of the meeting with this slug is made of, as one string: the slug and
   * published version of the meeting, of its side meetings and of its main meeting (each with its
   * main meeting's slug); empty when there is no meeting with this slug.
   */
  String publishedVersions(String slug) {
    return em
        .createQuery(
            "select m.slug, m.publishedVersion, mm.slug from Meeting m left join m.mainMeeting mm"
                + " where m.slug = :slug or mm.slug = :slug or m.slug in"
                + " (select sm.slug from Meeting s join s.mainMeeting sm where s.slug = :slug)"
                + " order by m.slug",
            Object[].class)
        .setParameter("slug", slug)
        .getResultList()
        .stream()
        .map(row -> row[0] + "<" + row[2] + "=" + row[1])
        .collect(Collectors.joining(","));
  }

  /**
   * The latest published agenda of the meeting with this slug, as {@link #findPublished}.
   *
   * @throws NotFoundException when there is none, or its agenda is not published
   */
  public Meeting getPublished(String slug) {
    return findPublished(slug).orElseThrow(() -> new NotFoundException("meeting", slug));
  }

  /**
   * The published versions of a meeting's agenda, oldest first, as the public may follow them:
   * number, label and date, not who published them.
   *
   * @throws NotFoundException when the meeting has no published agenda
   */
  public List<VersionSummary> history(String slug) {
    List<VersionSummary> versions =
        em
            .createQuery(
                "select v.number, v.label, v.publishedAt from AgendaVersion v"
                    + " where v.meeting.slug = :slug order by v.number",
                Object[].class)
            .setParameter("slug", slug)
            .getResultList()
            .stream()
            .map(
                row ->
                    new VersionSummary(
                        (Integer) row[0], (String) row[1], (OffsetDateTime) row[2], null))
            .toList();
    if (versions.isEmpty()) {
      throw new NotFoundException("meeting", slug);
    }
    return versions;
  }

  /**
   * What changed between two published versions of a meeting's agenda (either may be the older).
   *
   * @throws NotFoundException when either is not a published version of it
   */
  public List<AgendaChange> changes(String slug, int from, int to) {
    return AgendaDiff.between(version(slug, from), version(slug, to));
  }

  /**
   * The agenda as version {@code number} published it.
   *
   * @throws NotFoundException when the meeting has no such version
   */
  public Meeting version(String slug, int number) {
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

  private Optional<Meeting> findMain(String slug) {
    return em.createQuery(LATEST + " and m.slug = :slug", Object[].class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst()
        .map(row -> ((AgendaVersion) row[0]).agenda());
  }

  private void attachSideMeetings(Map<String, Meeting> mains) {
    em.createQuery(LATEST + " and mm.slug in :slugs order by v.startDate, m.slug", Object[].class)
        .setParameter("slugs", List.copyOf(mains.keySet()))
        .getResultList()
        .forEach(row -> attach(((AgendaVersion) row[0]).agenda(), mains.get((String) row[1])));
  }

  /**
   * Attaches a published side meeting to its published main meeting; one published with dates the
   * main meeting's published version no longer covers is left out until both are republished.
   */
  private static void attach(Meeting side, Meeting main) {
    if (!side.getStartDate().isBefore(main.getStartDate())
        && !side.getEndDate().isAfter(main.getEndDate())) {
      side.attachTo(main);
    }
  }

  private static void put(Map<String, Meeting> meetings, AgendaVersion version) {
    Meeting meeting = version.agenda();
    meetings.put(meeting.getSlug(), meeting);
  }

  /** Asks EclipseLink to load every collection of a meeting's agenda in one query each. */
  static void batchAgenda(TypedQuery<Meeting> query) {
    query.setHint(BATCH_TYPE, "IN");
    for (String path :
        List.of(
            "m.roles",
            "m.sideMeetings",
            "m.days",
            "m.days.items",
            "m.days.items.keyQuestions",
            "m.days.items.roles",
            "m.days.items.steps",
            "m.days.items.documents")) {
      query.setHint(BATCH, path);
    }
  }

  /** Touches every collection the agenda shows, so that each batch query runs here. */
  static void loadAgenda(Meeting meeting) {
    meeting.getRoles().size();
    meeting.getSideMeetings().size();
    for (MeetingDay day : meeting.getDays()) {
      for (AgendaItem item : day.getItems()) {
        item.getKeyQuestions().size();
        item.getRoles().size();
        item.getSteps().size();
        item.getDocuments().size();
      }
    }
  }
}
