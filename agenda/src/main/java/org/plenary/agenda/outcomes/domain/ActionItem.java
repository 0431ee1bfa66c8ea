package org.plenary.agenda.outcomes.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.plenary.agenda.meetings.domain.Meeting;
import org.plenary.agenda.outcomes.domain.ActionRefused.Rule;
import org.plenary.core.drafts.domain.Draft;
import org.plenary.core.groups.domain.WorkingGroup;
import org.plenary.core.people.domain.Organisation;
import org.plenary.core.people.domain.Person;

/**
 * A decision or action item of a meeting ("Task Force revises the draft Handbook by 1 March"): one
 * owner, a due date, a status moved by its owner with dated progress notes, the agenda item where
 * it was decided and optionally the draft it concerns. Overdue while its due date has passed and it
 * is neither done nor dropped.
 */
@Entity
@Table(name = "action_item")
public class ActionItem {
  public static final int MAX_TITLE = 500;

  @Id
  @SequenceGenerator(
      name = "action_item_seq",
      sequenceName = "action_item_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "action_item_seq")
  private Long id;

  @Column(name = "action_key", nullable = false, updatable = false, length = 20)
  private String key;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
  private Meeting meeting;

  @Column(name = "item_key", length = 20)
  private String itemKey;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 20)
  private ActionKind kind;

  @Column(name = "title", nullable = false, length = MAX_TITLE)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(name = "owner_kind", nullable = false, length = 20)
  private OwnerKind ownerKind;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "owner_person_id")
  private Person ownerPerson;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "owner_organisation_id")
  private Organisation ownerOrganisation;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "owner_group_id")
  private WorkingGroup ownerGroup;

  @Column(name = "owner_name", nullable = false, length = 200)
  private String ownerName;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "draft_id")
  private Draft draft;

  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private ActionStatus status;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Column(name = "reminded_at")
  private OffsetDateTime remindedAt;

  @OneToMany(mappedBy = "action", cascade = CascadeType.PERSIST)
  @OrderBy("writtenAt ASC")
  private List<ActionNote> notes = new ArrayList<>();

  @Version private long version;

  protected ActionItem() {}

  /** A new item, planned, before it is given to its owner with {@code ownedBy}. */
  public ActionItem(
      String key,
      Meeting meeting,
      String itemKey,
      ActionKind kind,
      String title,
      LocalDate dueDate,
      Draft draft,
      Instant now) {
    if (title == null || title.isBlank()) {
      throw new ActionRefused(Rule.TITLE_MISSING, "title", "an action needs a title");
    }
    if (title.strip().length() > MAX_TITLE) {
      throw new ActionRefused(
          Rule.TEXT_TOO_LONG, "title", "a title has at most " + MAX_TITLE + " characters");
    }
    if (dueDate == null) {
      throw new ActionRefused(Rule.DUE_DATE_MISSING, "dueDate", "an action needs a due date");
    }
    this.key = key;
    this.meeting = meeting;
    this.itemKey = itemKey;
    this.kind = kind == null ? ActionKind.ACTION : kind;
    this.title = title.strip();
    this.dueDate = dueDate;
    this.draft = draft;
    this.status = ActionStatus.PLANNED;
    this.createdAt = now.atOffset(ZoneOffset.UTC);
    this.updatedAt = createdAt;
  }

  /** Gives the new item to a person. */
  public ActionItem ownedBy(Person owner) {
    return owned(OwnerKind.PERSON, owner.getFullName(), owner, null, null);
  }

  /** Gives the new item to an organisation: a delegation, a ministry. */
  public ActionItem ownedBy(Organisation owner) {
    return owned(OwnerKind.ORGANISATION, owner.getName(), null, owner, null);
  }

  /** Gives the new item to a working group. */
  public ActionItem ownedBy(WorkingGroup owner) {
    return owned(OwnerKind.GROUP, owner.getName(), null, null, owner);
  }

  private ActionItem owned(
      OwnerKind kind, String name, Person person, Organisation organisation, WorkingGroup group) {
    this.ownerKind = kind;
    this.ownerName = name;
    this.ownerPerson = person;
    this.ownerOrganisation = organisation;
    this.ownerGroup = group;
    return this;
  }

  /**
   * Moves the status (or keeps it) and records a dated note of progress by {@code author} (a user
   * name), shown as {@code authorName}.
   */
  public ActionNote progress(
      ActionStatus newStatus, String text, String author, String authorName, Instant now) {
    if (newStatus == null) {
      throw new ActionRefused(Rule.STATUS_MISSING, "status", "say where the action stands");
    }
    String note = text == null || text.isBlank() ? null : text.strip();
    if (note != null && note.length() > ActionNote.MAX_TEXT) {
      throw new ActionRefused(
          Rule.TEXT_TOO_LONG, "note", "a note has at most " + ActionNote.MAX_TEXT + " characters");
    }
    this.status = newStatus;
    this.updatedAt = now.atOffset(ZoneOffset.UTC);
    ActionNote entry = new ActionNote(this, author, authorName, newStatus, note, now);
    notes.add(entry);
    return entry;
  }

  /** Overdue on this date: due before it and neither done nor dropped. */
  public boolean isOverdue(LocalDate today) {
    return dueDate.isBefore(today) && !status.isFinished();
  }

  public Long getId() {
    return id;
  }

  public String getKey() {
    return key;
  }

  public Meeting getMeeting() {
    return meeting;
  }

  public String getItemKey() {
    return itemKey;
  }

  public ActionKind getKind() {
    return kind;
  }

  public String getTitle() {
    return title;
  }

  public OwnerKind getOwnerKind() {
    return ownerKind;
  }

  public Person getOwnerPerson() {
    return ownerPerson;
  }

  public Organisation getOwnerOrganisation() {
    return ownerOrganisation;
  }

  public WorkingGroup getOwnerGroup() {
    return ownerGroup;
  }

  public String getOwnerName() {
    return ownerName;
  }

  public Draft getDraft() {
    return draft;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public ActionStatus getStatus() {
    return status;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public OffsetDateTime getUpdatedAt() {
    return updatedAt;
  }

  public OffsetDateTime getRemindedAt() {
    return remindedAt;
  }

  public List<ActionNote> getNotes() {
    return List.copyOf(notes);
  }

  public long getVersion() {
    return version;
  }
}
