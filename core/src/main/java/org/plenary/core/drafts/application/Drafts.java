package org.plenary.core.drafts.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.plenary.core.audit.application.AuditLog;
import org.plenary.core.audit.domain.AuditAction;
import org.plenary.core.audit.domain.AuditObjectType;
import org.plenary.core.drafts.domain.Draft;
import org.plenary.core.drafts.domain.DraftChangedMeanwhile;
import org.plenary.core.drafts.domain.DraftComparison;
import org.plenary.core.drafts.domain.DraftStatus;
import org.plenary.core.drafts.domain.DraftVersion;
import org.plenary.core.drafts.domain.SectionText;
import org.plenary.core.files.application.FileStore;
import org.plenary.core.files.domain.FileRefused;
import org.plenary.core.files.domain.StoredFile;
import org.plenary.core.groups.application.WorkingGroups;
import org.plenary.core.groups.domain.GroupRole;
import org.plenary.core.groups.domain.NotAGroupMember;
import org.plenary.core.groups.domain.WorkingGroup;
import org.plenary.core.security.domain.Roles;
import org.plenary.core.shared.NotFoundException;

/**
 * Drafts of working groups. A draft is private to its group (coordinators, members, observers)
 * until a coordinator shares it with the delegates; only coordinators and members write versions.
 * Every read checks who asks: someone who may not read a draft gets {@link NotAGroupMember}.
 */
@Stateless
@RolesAllowed({Roles.SECRETARIAT, Roles.DELEGATE, Roles.MEMBER, Roles.MINISTRY})
public class Drafts {
  /** The name a version gets when start-up work (no account) writes it. */
  static final String SYSTEM_AUTHOR = "Plenary";

  @PersistenceContext EntityManager em;
  @Resource SessionContext session;
  @Inject WorkingGroups groups;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject FileStore files;
  @Inject Event<DraftVersionSaved> saved;

  /**
   * Starts a draft in the group with its first version. Its coordinators and members may; so may
   * the secretariat, which often writes a group's first text.
   */
  public Draft start(
      @NotBlank String groupSlug,
      @NotBlank String title,
      @NotNull List<SectionText> sections,
      String note) {
    WorkingGroup group = groups.get(groupSlug);
    if (!session.isCallerInRole(Roles.SECRETARIAT)) {
      requireEditor(group);
    }
    Draft draft = Draft.start(group, title, clock.instant(), groups.caller());
    em.persist(draft);
    DraftVersion first =
        draft.write(0, sections, groups.caller(), authorName(), note, clock.instant());
    em.persist(first);
    audit.record(
        AuditAction.DRAFT_STARTED,
        AuditObjectType.DRAFT,
        draft.getId(),
        draft.getTitle() + " in " + groupSlug);
    return draft;
  }

  /**
   * Saves the sections as the next version if nobody saved one since {@code baseVersion}.
   *
   * @throws DraftChangedMeanwhile when someone did; nothing is saved
   */
  public DraftVersion write(
      long draftId, int baseVersion, @NotNull List<SectionText> sections, String note) {
    Draft draft = draft(draftId);
    requireEditor(draft.getGroup());
    StoredFile file = latestOf(draft).getFile();
    return save(draft, baseVersion, sections, note, file, "");
  }

  /**
   * Saves the uploaded document as the next version, with the sections of version {@code
   * baseVersion}, if nobody saved one since. The file's type is checked by its content.
   *
   * @throws FileRefused when the file is empty, too large or not a PDF, DOCX or ODT
   * @throws DraftChangedMeanwhile when someone saved a version since {@code baseVersion}
   */
  public DraftVersion upload(
      long draftId, int baseVersion, @NotNull InputStream content, String fileName, String note) {
    Draft draft = draft(draftId);
    requireEditor(draft.getGroup());
    if (baseVersion != draft.getLatestVersion()) {
      throw new DraftChangedMeanwhile(draftId, baseVersion, draft.getLatestVersion());
    }
    List<SectionText> sections = latestOf(draft).texts();
    StoredFile file = files.store(content, fileName);
    return save(draft, baseVersion, sections, note, file, " with " + file.getOriginalName());
  }

  /** The document of version {@code number} and where its content is, if the caller may read. */
  public DraftDocument document(long draftId, int number) {
    StoredFile file = version(draftId, number).getFile();
    if (file == null) {
      throw new NotFoundException("document of version", draftId + "/" + number);
    }
    return new DraftDocument(file, files.content(file));
  }

  /** A version's document: what it is (name, checked type, size) and where its bytes are. */
  public record DraftDocument(StoredFile file, Path content) {}

  /** The largest document accepted, in bytes. */
  public long maxUploadBytes() {
    return files.maxBytes();
  }

  private DraftVersion save(
      Draft draft,
      int baseVersion,
      List<SectionText> sections,
      String note,
      StoredFile file,
      String uploaded) {
    DraftVersion version =
        draft.write(
            baseVersion, sections, groups.caller(), authorName(), note, clock.instant(), file);
    em.persist(version);
    try {
      em.flush();
    } catch (OptimisticLockException concurrent) {
      throw new DraftChangedMeanwhile(draft.getId(), baseVersion, baseVersion + 1);
    }
    audit.record(
        AuditAction.DRAFT_VERSION_SAVED,
        AuditObjectType.DRAFT,
        draft.getId(),
        "version " + version.getNumber() + uploaded);
    saved.fire(
        new DraftVersionSaved(
            draft.getId(),
            draft.getGroup().getId(),
            version.getNumber(),
            draft.getTitle(),
            version.getAuthor(),
            version.getAuthorName()));
    return version;
  }

  private DraftVersion latestOf(Draft draft) {
    return em.createQuery(
            "select v from DraftVersion v where v.draft = :draft and v.number = :number",
            DraftVersion.class)
        .setParameter("draft", draft)
        .setParameter("number", draft.getLatestVersion())
        .getSingleResult();
  }

  /** A coordinator of the owning group lets every delegate read the draft. */
  public Draft shareWithDelegates(long draftId) {
    Draft draft = draft(draftId);
    requireCoordinator(draft.getGroup());
    draft.shareWithDelegates(clock.instant(), groups.caller());
    audit.record(AuditAction.DRAFT_SHARED, AuditObjectType.DRAFT, draftId, "with delegates");
    return draft;
  }

  /**
   * Marks the draft as in consultation (a version of it goes to coordination or public
   * consultation): a coordinator of its group, the secretariat or a ministry may.
   */
  public Draft openConsultation(long draftId) {
    Draft draft = draft(draftId);
    if (!session.isCallerInRole(Roles.SECRETARIAT) && !session.isCallerInRole(Roles.MINISTRY)) {
      requireCoordinator(draft.getGroup());
    }
    draft.openConsultation(clock.instant(), groups.caller());
    audit.record(AuditAction.DRAFT_CONSULTATION_OPENED, AuditObjectType.DRAFT, draftId, null);
    return draft;
  }

  /** A coordinator declares the draft final: no more versions. */
  public Draft finalise(long draftId) {
    Draft draft = draft(draftId);
    requireCoordinator(draft.getGroup());
    draft.finalise(clock.instant(), groups.caller());
    audit.record(AuditAction.DRAFT_FINALISED, AuditObjectType.DRAFT, draftId, null);
    return draft;
  }

  /** The draft, if the caller may read it. */
  public Draft get(long draftId) {
    Draft draft = draft(draftId);
    requireReader(draft);
    return draft;
  }

  /** Version {@code number} of the draft, if the caller may read the draft. */
  public DraftVersion version(long draftId, int number) {
    get(draftId);
    return em.createQuery(
            "select v from DraftVersion v where v.draft.id = :draft and v.number = :number",
            DraftVersion.class)
        .setParameter("draft", draftId)
        .setParameter("number", number)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("version", draftId + "/" + number));
  }

  public DraftVersion latest(long draftId) {
    return version(draftId, get(draftId).getLatestVersion());
  }

  /** The draft's versions, newest first, a page at a time. */
  public List<DraftVersion> versions(long draftId, int first, int size) {
    get(draftId);
    return em.createQuery(
            "select v from DraftVersion v where v.draft.id = :draft order by v.number desc",
            DraftVersion.class)
        .setParameter("draft", draftId)
        .setFirstResult(Math.max(0, first))
        .setMaxResults(Math.max(1, size))
        .getResultList();
  }

  public DraftComparison compare(long draftId, int from, int to) {
    return DraftComparison.of(version(draftId, from), version(draftId, to));
  }

  /**
   * The group's drafts the caller may read (all of them for its members, the shared ones for
   * others), most recently started first, a page at a time.
   */
  public List<Draft> draftsOf(@NotBlank String groupSlug, int first, int size) {
    WorkingGroup group = groups.get(groupSlug);
    boolean member = groups.roleOfCaller(group).isPresent();
    TypedQuery<Draft> query =
        em.createQuery(
            "select d from Draft d where d.group = :group"
                + (member ? "" : " and d.status <> :private")
                + " order by d.createdAt desc, d.id desc",
            Draft.class);
    if (!member) {
      query.setParameter("private", DraftStatus.WORKING_DRAFT);
    }
    return query
        .setParameter("group", group)
        .setFirstResult(Math.max(0, first))
        .setMaxResults(Math.max(1, size))
        .getResultList();
  }

  public long countDraftsOf(@NotBlank String groupSlug) {
    WorkingGroup group = groups.get(groupSlug);
    boolean member = groups.roleOfCaller(group).isPresent();
    TypedQuery<Long> query =
        em.createQuery(
            "select count(d) from Draft d where d.group = :group"
                + (member ? "" : " and d.status <> :private"),
            Long.class);
    if (!member) {
      query.setParameter("private", DraftStatus.WORKING_DRAFT);
    }
    return query.setParameter("group", group).getSingleResult();
  }

  /** The latest versions saved in the group's drafts, newest first: what the group did lately. */
  public List<DraftVersion> recentVersions(@NotBlank String groupSlug, int limit) {
    WorkingGroup group = groups.get(groupSlug);
    if (groups.roleOfCaller(group).isEmpty()) {
      throw new NotAGroupMember("only members see what " + groupSlug + " did");
    }
    return em.createQuery(
            "select v from DraftVersion v join fetch v.draft d where d.group = :group"
                + " order by v.createdAt desc, v.id desc",
            DraftVersion.class)
        .setParameter("group", group)
        .setMaxResults(Math.max(1, limit))
        .getResultList();
  }

  /** The caller's role in the group that owns the draft, if any. */
  public Optional<GroupRole> roleOfCaller(long draftId) {
    return groups.roleOfCaller(draft(draftId).getGroup());
  }

  /** Whether a demo or an import already started a draft of that title in the group. */
  public boolean exists(@NotBlank String groupSlug, @NotBlank String title) {
    return em.createQuery(
                "select count(d) from Draft d where d.group.slug = :slug and d.title = :title",
                Long.class)
            .setParameter("slug", groupSlug)
            .setParameter("title", title)
            .getSingleResult()
        > 0;
  }

  private void requireReader(Draft draft) {
    if (groups.roleOfCaller(draft.getGroup()).isPresent()) {
      return;
    }
    boolean readable =
        switch (draft.getStatus()) {
          case WORKING_DRAFT -> false;
          case SHARED_WITH_DELEGATES ->
              session.isCallerInRole(Roles.DELEGATE)
                  || session.isCallerInRole(Roles.MEMBER)
                  || session.isCallerInRole(Roles.SECRETARIAT);
          case IN_CONSULTATION, FINAL -> true;
        };
    if (!readable) {
      throw new NotAGroupMember("draft " + draft.getId() + " is private to its group");
    }
  }

  private void requireEditor(WorkingGroup group) {
    if (!groups.roleOfCaller(group).map(GroupRole::mayEdit).orElse(false)) {
      throw new NotAGroupMember("only coordinators and members of " + group + " write drafts");
    }
  }

  private void requireCoordinator(WorkingGroup group) {
    if (groups.roleOfCaller(group).filter(r -> r == GroupRole.COORDINATOR).isEmpty()) {
      throw new NotAGroupMember("only coordinators of " + group + " may do this");
    }
  }

  private Draft draft(long draftId) {
    return Optional.ofNullable(em.find(Draft.class, draftId))
        .orElseThrow(() -> new NotFoundException("draft", draftId));
  }

  private String authorName() {
    String name = groups.callerName();
    return name.equals(groups.caller()) && groups.caller().startsWith("plenary-")
        ? SYSTEM_AUTHOR
        : name;
  }
}
