package org.plenary.consultation.consultations.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.plenary.consultation.consultations.domain.Comment;
import org.plenary.consultation.consultations.domain.Consultation;
import org.plenary.consultation.consultations.domain.ConsultationRefused;
import org.plenary.consultation.consultations.domain.ConsultationRefused.Code;
import org.plenary.consultation.consultations.domain.ConsultationStatus;
import org.plenary.consultation.consultations.domain.DrafterKind;
import org.plenary.consultation.coordination.application.Coordination;
import org.plenary.core.audit.application.AuditLog;
import org.plenary.core.audit.domain.AuditAction;
import org.plenary.core.audit.domain.AuditObjectType;
import org.plenary.core.drafts.application.Drafts;
import org.plenary.core.drafts.domain.Draft;
import org.plenary.core.drafts.domain.DraftSection;
import org.plenary.core.drafts.domain.DraftStatus;
import org.plenary.core.drafts.domain.DraftVersion;
import org.plenary.core.groups.domain.GroupRole;
import org.plenary.core.security.domain.Account;
import org.plenary.core.security.domain.Roles;
import org.plenary.core.shared.Like;
import org.plenary.core.shared.NotFoundException;
import org.plenary.core.shared.SortColumn;

/**
 * Public consultations: the drafter opens one on a version of a draft; anyone reads them, the
 * consulted text and the published comments (hidden ones with their reason instead of the text).
 */
@Stateless
public class Consultations {
  /** Section keys of consulted versions, which never change once saved. */
  private static final Map<Long, List<String>> SECTION_KEYS = new ConcurrentHashMap<>();

  @PersistenceContext EntityManager em;
  @Resource SessionContext session;
  @Inject Drafts drafts;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject Coordination coordination;

  /** Which comments a list shows: on one section (by key), on the whole draft, or all. */
  public record Filter(String sectionKey, boolean wholeDraftOnly, boolean unansweredOnly)
      implements java.io.Serializable {
    public static final Filter ALL = new Filter(null, false, false);

    public static Filter section(String key) {
      return new Filter(key, false, false);
    }
  }

  /**
   * The drafter opens a public consultation on version {@code versionNumber} of the draft: the
   * secretariat, a ministry (which becomes the drafter, as its organisation), or a coordinator of
   * the group that owns the draft. The draft enters "in consultation".
   */
  @RolesAllowed({Roles.SECRETARIAT, Roles.MINISTRY, Roles.MEMBER, Roles.DELEGATE})
  public Consultation open(
      long draftId, int versionNumber, String title, Consultation.Period period) {
    // the secretariat consults on any draft; others on drafts they may read
    DraftVersion consulted =
        session.isCallerInRole(Roles.SECRETARIAT)
            ? versionOf(draftId, versionNumber)
            : drafts.version(draftId, versionNumber);
    Draft draft = consulted.getDraft();
    boolean ministry = session.isCallerInRole(Roles.MINISTRY);
    if (!session.isCallerInRole(Roles.SECRETARIAT)
        && !ministry
        && drafts.roleOfCaller(draftId).filter(r -> r == GroupRole.COORDINATOR).isEmpty()) {
      throw new ConsultationRefused(
          Code.NOT_THE_DRAFTER, null, "only the drafter or the secretariat opens a consultation");
    }
    if (draft.getStatus() == DraftStatus.FINAL) {
      throw new ConsultationRefused(
          Code.DRAFT_CANNOT_BE_CONSULTED, "draft", "a final draft is not consulted on");
    }
    if (!coordination.mayMoveOn(draftId)) {
      throw new ConsultationRefused(
          Code.COORDINATION_UNSETTLED,
          null,
          "a fundamental objection of the draft's coordination is not settled yet: settle it"
              + " before the public consultation");
    }
    if (draft.getStatus() != DraftStatus.IN_CONSULTATION) {
      drafts.openConsultation(draftId);
    }
    String caller = session.getCallerPrincipal().getName();
    String ministryName = ministry ? organisationOf(caller).orElse(null) : null;
    Consultation consultation =
        Consultation.open(
            draftId,
            versionNumber,
            title,
            period,
            ministryName == null ? DrafterKind.GROUP : DrafterKind.MINISTRY,
            ministryName == null ? draft.getGroup().getName() : ministryName,
            caller,
            clock.instant());
    em.persist(consultation);
    em.flush();
    audit.record(
        AuditAction.CONSULTATION_OPENED,
        AuditObjectType.CONSULTATION,
        consultation.getId(),
        "draft " + draftId + " version " + versionNumber + ": " + consultation.getTitle());
    return consultation;
  }

  /** The most drafts {@link #consultableDrafts} lists. */
  public static final int MAX_CONSULTABLE = 500;

  /**
   * The drafts the caller may open a consultation on, by title (at most {@link #MAX_CONSULTABLE}):
   * every draft that is not final for the secretariat; for a ministry, those it may read (its
   * groups' drafts, drafts shared with it as a delegate or member, drafts in consultation); for
   * others, the drafts of the groups they coordinate. {@link #open} decides again.
   */
  @RolesAllowed({Roles.SECRETARIAT, Roles.MINISTRY, Roles.MEMBER, Roles.DELEGATE})
  public List<Draft> consultableDrafts() {
    String mine =
        "exists (select m from Membership m, Account a where a.person = m.person"
            + " and a.username = :caller and m.group = d.group%s)";
    String where;
    if (session.isCallerInRole(Roles.SECRETARIAT)) {
      where = "";
    } else if (session.isCallerInRole(Roles.MINISTRY)) {
      boolean sharedReader =
          session.isCallerInRole(Roles.DELEGATE) || session.isCallerInRole(Roles.MEMBER);
      where =
          " and ("
              + mine.formatted("")
              + " or d.status = :inConsultation"
              + (sharedReader ? " or d.status = :shared" : "")
              + ")";
    } else {
      where = " and " + mine.formatted(" and m.role = :coordinator");
    }
    TypedQuery<Draft> query =
        em.createQuery(
            "select d from Draft d join fetch d.group where d.status <> :final"
                + where
                + " order by d.title, d.id",
            Draft.class);
    query.setParameter("final", DraftStatus.FINAL);
    if (where.contains(":caller")) {
      query.setParameter("caller", session.getCallerPrincipal().getName());
    }
    if (where.contains(":coordinator")) {
      query.setParameter("coordinator", GroupRole.COORDINATOR);
    }
    if (where.contains(":inConsultation")) {
      query.setParameter("inConsultation", DraftStatus.IN_CONSULTATION);
    }
    if (where.contains(":shared")) {
      query.setParameter("shared", DraftStatus.SHARED_WITH_DELEGATES);
    }
    return query.setMaxResults(MAX_CONSULTABLE).getResultList();
  }

  /** Whether a consultation on this draft exists already (demo data loads once). */
  @PermitAll
  public boolean existsFor(long draftId) {
    return em.createQuery(
                "select count(c) from Consultation c where c.draftId = :draft", Long.class)
            .setParameter("draft", draftId)
            .getSingleResult()
        > 0;
  }

  /** The draft of that title in the group, if any: for start-up work that knows drafts by title. */
  @RolesAllowed(Roles.SECRETARIAT)
  public Optional<Long> draftByTitle(String groupSlug, String title) {
    return em.createQuery(
            "select d.id from Draft d where d.group.slug = :slug and d.title = :title", Long.class)
        .setParameter("slug", groupSlug)
        .setParameter("title", title)
        .getResultStream()
        .findFirst();
  }

  /**
   * What the list of consultations is narrowed to: words of the title or the drafter's name, and a
   * status (planned, open, closed, report published: by the server's clock). Null for any.
   */
  public record ListFilter(String text, ConsultationStatus status) implements Serializable {
    public static final ListFilter ALL = new ListFilter(null, null);
  }

  /** The columns the list of consultations sorts on. */
  public enum ListSort implements SortColumn {
    CLOSES_AT("closesAt", "c.closesAt"),
    OPENS_AT("opensAt", "c.opensAt"),
    TITLE("title", "lower(c.title)"),
    DRAFTER("drafter", "lower(c.drafterName)");

    private final String column;
    private final String expression;

    ListSort(String column, String expression) {
      this.column = column;
      this.expression = expression;
    }

    @Override
    public String column() {
      return column;
    }
  }

  /** Consultations, those closing last first, a page at a time. */
  @PermitAll
  public List<Consultation> page(int first, int size) {
    return page(ListFilter.ALL, ListSort.CLOSES_AT, false, first, size);
  }

  /** A page of the consultations the filter keeps, sorted in the database (then by id). */
  @PermitAll
  public List<Consultation> page(
      ListFilter filter, ListSort sort, boolean ascending, int first, int size) {
    String direction = ascending ? " asc" : " desc";
    TypedQuery<Consultation> query =
        em.createQuery(
            "select c from Consultation c"
                + where(filter)
                + " order by "
                + sort.expression
                + direction
                + ", c.id"
                + direction,
            Consultation.class);
    return bind(query, filter)
        .setFirstResult(Math.max(0, first))
        .setMaxResults(Math.max(1, size))
        .getResultList();
  }

  @PermitAll
  public long count() {
    return count(ListFilter.ALL);
  }

  /** How many consultations the filter keeps. */
  @PermitAll
  public long count(ListFilter filter) {
    return bind(
            em.createQuery("select count(c) from Consultation c" + where(filter), Long.class),
            filter)
        .getSingleResult();
  }

  private static String where(ListFilter filter) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    if (filter.text() != null && !filter.text().isBlank()) {
      where.append(
          " and (lower(c.title) like :text escape '\\'"
              + " or lower(c.drafterName) like :text escape '\\')");
    }
    if (filter.status() != null) {
      where.append(
          switch (filter.status()) {
            case PLANNED -> " and c.reportPublishedAt is null and c.opensAt > :now";
            case OPEN ->
                " and c.reportPublishedAt is null and c.opensAt <= :now and c.closesAt > :now";
            case CLOSED -> " and c.reportPublishedAt is null and c.closesAt <= :now";
            case REPORT_PUBLISHED -> " and c.reportPublishedAt is not null";
          });
    }
    return where.toString();
  }

  private <T> TypedQuery<T> bind(TypedQuery<T> query, ListFilter filter) {
    if (filter.text() != null && !filter.text().isBlank()) {
      query.setParameter("text", Like.contains(filter.text()));
    }
    if (filter.status() != null && filter.status() != ConsultationStatus.REPORT_PUBLISHED) {
      query.setParameter("now", clock.instant().atOffset(ZoneOffset.UTC));
    }
    return query;
  }

  /**
   * @throws NotFoundException for an unknown id
   */
  @PermitAll
  public Consultation get(long id) {
    return Optional.ofNullable(em.find(Consultation.class, id))
        .orElseThrow(() -> new NotFoundException("consultation", id));
  }

  /** The consultation's status now, by the server's clock. */
  @PermitAll
  public ConsultationStatus status(Consultation consultation) {
    return consultation.status(clock.instant());
  }

  /** The consulted version of the draft: public, since the draft is in consultation. */
  @PermitAll
  public DraftVersion consultedVersion(Consultation consultation) {
    return versionOf(consultation.getDraftId(), consultation.getVersionNumber());
  }

  private DraftVersion versionOf(long draftId, int number) {
    return em.createQuery(
            "select v from DraftVersion v where v.draft.id = :draft and v.number = :number",
            DraftVersion.class)
        .setParameter("draft", draftId)
        .setParameter("number", number)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("version", draftId + "/" + number));
  }

  /** The keys of the consulted version's sections in order (section n is at index n - 1). */
  @PermitAll
  public List<String> sectionKeys(Consultation consultation) {
    return SECTION_KEYS.computeIfAbsent(
        consultation.getId(),
        id ->
            consultedVersion(consultation).getSections().stream()
                .map(DraftSection::getKey)
                .toList());
  }

  /**
   * Published comments, oldest first, a page at a time (offset paging on the database); hidden ones
   * are included and show their reason instead of their text.
   */
  @PermitAll
  public List<Comment> comments(long consultationId, Filter filter, int first, int size) {
    TypedQuery<Comment> query =
        em.createQuery(
            "select c from Comment c where c.consultationId = :id and c.published = true"
                + conditions(filter)
                + " order by c.createdAt, c.id",
            Comment.class);
    return parameters(query, consultationId, filter)
        .setFirstResult(Math.max(0, first))
        .setMaxResults(Math.max(1, size))
        .getResultList();
  }

  @PermitAll
  public long countComments(long consultationId, Filter filter) {
    TypedQuery<Long> query =
        em.createQuery(
            "select count(c) from Comment c where c.consultationId = :id and c.published = true"
                + conditions(filter),
            Long.class);
    return parameters(query, consultationId, filter).getSingleResult();
  }

  /**
   * How many published comments, not hidden, have no answer yet: what the drafter still owes before
   * the report is published (counted on the database; at a million comments a scan of the
   * consultation's rows, done once when the drafter opens the report).
   */
  @PermitAll
  public long unanswered(long consultationId) {
    return em.createQuery(
            "select count(c) from Comment c where c.consultationId = :id and c.published = true"
                + " and c.hiddenReason is null and c.responseOutcome is null",
            Long.class)
        .setParameter("id", consultationId)
        .getSingleResult();
  }

  /**
   * The report's rows: every published comment grouped by section (whole draft first, then in the
   * order of the consulted version), oldest first within a section, a page at a time.
   */
  @PermitAll
  public List<Comment> report(long consultationId, int first, int size) {
    return em.createQuery(
            "select c from Comment c where c.consultationId = :id and c.published = true"
                + " order by coalesce(c.sectionNumber, 0), c.id",
            Comment.class)
        .setParameter("id", consultationId)
        .setFirstResult(Math.max(0, first))
        .setMaxResults(Math.max(1, size))
        .getResultList();
  }

  /**
   * The report's rows after the given one (its section number, 0 for the whole draft, and id), in
   * the report's order: keyset paging for the report's export.
   */
  @PermitAll
  public List<Comment> reportAfter(long consultationId, int section, long afterId, int size) {
    return em.createQuery(
            "select c from Comment c where c.consultationId = :id and c.published = true"
                + " and (coalesce(c.sectionNumber, 0) > :section"
                + " or (coalesce(c.sectionNumber, 0) = :section and c.id > :after))"
                + " order by coalesce(c.sectionNumber, 0), c.id",
            Comment.class)
        .setParameter("id", consultationId)
        .setParameter("section", section)
        .setParameter("after", afterId)
        .setMaxResults(Math.max(1, size))
        .getResultList();
  }

  /**
   * A published comment of the consultation.
   *
   * @throws NotFoundException for an unknown comment, or one awaiting confirmation
   */
  @PermitAll
  public Comment comment(long consultationId, long commentId) {
    return Optional.ofNullable(em.find(Comment.class, commentId))
        .filter(c -> c.isPublished() && c.getConsultationId() == consultationId)
        .orElseThrow(() -> new NotFoundException("comment", commentId));
  }

  private static String conditions(Filter filter) {
    StringBuilder where = new StringBuilder();
    if (filter.sectionKey() != null) {
      where.append(" and c.sectionKey = :section");
    } else if (filter.wholeDraftOnly()) {
      where.append(" and c.sectionKey is null");
    }
    if (filter.unansweredOnly()) {
      where.append(" and c.responseOutcome is null");
    }
    return where.toString();
  }

  private static <T> TypedQuery<T> parameters(TypedQuery<T> query, long id, Filter filter) {
    query.setParameter("id", id);
    if (filter.sectionKey() != null) {
      query.setParameter("section", filter.sectionKey());
    }
    return query;
  }

  // --- The consultation report: seen by the drafter until published, then by everyone (issue 6)

  /**
   * Whether the caller answers for the consultation: the secretariat, whoever opened it, or a
   * coordinator of the group owning the draft. False for anonymous callers.
   */
  @PermitAll
  public boolean isDrafter(Consultation consultation) {
    if (session.isCallerInRole(Roles.SECRETARIAT)) {
      return true;
    }
    boolean signedIn =
        session.isCallerInRole(Roles.MEMBER)
            || session.isCallerInRole(Roles.MINISTRY)
            || session.isCallerInRole(Roles.DELEGATE);
    return signedIn
        && (consultation.getCreatedBy().equals(session.getCallerPrincipal().getName())
            || drafts
                .roleOfCaller(consultation.getDraftId())
                .filter(r -> r == GroupRole.COORDINATOR)
                .isPresent());
  }

  /**
   * The consultation whose report the caller may read: everyone once it is published, before that
   * the drafter and the secretariat only.
   *
   * @throws ConsultationRefused REPORT_NOT_PUBLISHED for anyone else
   */
  @PermitAll
  public Consultation reportOf(long id) {
    Consultation consultation = get(id);
    if (consultation.getReportPublishedAt() == null && !isDrafter(consultation)) {
      throw new ConsultationRefused(
          Code.REPORT_NOT_PUBLISHED,
          null,
          "the report is not published yet; until then only the drafter sees it");
    }
    return consultation;
  }

  /**
   * The drafter publishes the report once the consultation has closed: its status becomes "report
   * published" and everyone reads the report. Publishing again changes nothing.
   *
   * @throws ConsultationRefused NOT_THE_DRAFTER, or REPORT_NOT_READY before the closing time
   */
  @RolesAllowed({Roles.SECRETARIAT, Roles.MINISTRY, Roles.MEMBER, Roles.DELEGATE})
  public Consultation publishReport(long id) {
    Consultation consultation = get(id);
    if (!isDrafter(consultation)) {
      throw new ConsultationRefused(
          Code.NOT_THE_DRAFTER, null, "only the drafter or the secretariat publishes the report");
    }
    ConsultationStatus status = consultation.status(clock.instant());
    if (status == ConsultationStatus.REPORT_PUBLISHED) {
      return consultation;
    }
    if (status != ConsultationStatus.CLOSED) {
      throw new ConsultationRefused(
          Code.REPORT_NOT_READY, null, "the report is published once the consultation has closed");
    }
    consultation.publishReport(clock.instant());
    audit.record(
        AuditAction.CONSULTATION_REPORT_PUBLISHED,
        AuditObjectType.CONSULTATION,
        id,
        consultation.getTitle());
    return consultation;
  }

  private Optional<String> organisationOf(String username) {
    return em.createQuery("select a from Account a where a.username = :username", Account.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst()
        .flatMap(a -> a.getPerson().organisation())
        .map(o -> o.getName());
  }
}
