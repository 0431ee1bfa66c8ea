package org.plenary.agenda.outcomes.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.plenary.agenda.meetings.domain.AgendaItem;
import org.plenary.agenda.meetings.domain.ItemKind;
import org.plenary.agenda.meetings.domain.Meeting;
import org.plenary.agenda.outcomes.domain.MinutesRefused.Rule;
import org.plenary.core.people.domain.Person;

/**
 * The minutes of one agenda item of a published meeting: a summary, the answer to each key question
 * and the decisions taken. Written by the secretariat or the rapporteur it names for the item;
 * every save names the version it changes, so an autosave never overwrites someone else's text.
 */
@Entity
@Table(name = "item_minutes")
public class ItemMinutes {
  public static final int MAX_TEXT = 8000;
  public static final int MAX_ANSWER = 4000;

  /** Kinds of item that take no minutes. */
  private static final Set<ItemKind> UNRECORDED =
      EnumSet.of(ItemKind.REGISTRATION, ItemKind.BREAK, ItemKind.MEAL, ItemKind.SOCIAL_EVENT);

  @Id
  @SequenceGenerator(
      name = "item_minutes_seq",
      sequenceName = "item_minutes_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "item_minutes_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
  private Meeting meeting;

  @Column(name = "item_key", nullable = false, updatable = false, length = 20)
  private String itemKey;

  @Column(name = "summary", length = MAX_TEXT)
  private String summary;

  @Column(name = "decisions", length = MAX_TEXT)
  private String decisions;

  @ElementCollection
  @CollectionTable(name = "item_minutes_answer", joinColumns = @JoinColumn(name = "minutes_id"))
  @OrderColumn(name = "position")
  private List<MinutesAnswer> answers = new ArrayList<>();

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "rapporteur_id")
  private Person rapporteur;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Column(name = "updated_by", nullable = false, length = 100)
  private String updatedBy;

  @Version private long version;

  protected ItemMinutes() {}

  /** An empty record for an item, before anyone writes it. */
  public ItemMinutes(Meeting meeting, AgendaItem item, String by, Instant now) {
    if (!isRecorded(item)) {
      throw new MinutesRefused(
          Rule.NOT_RECORDED, "itemKey", "\"" + item.getTitle() + "\" takes no minutes");
    }
    this.meeting = meeting;
    this.itemKey = item.getKey();
    touch(by, now);
  }

  /** Whether the minutes have a record for items of this kind. */
  public static boolean isRecorded(AgendaItem item) {
    return !UNRECORDED.contains(item.getKind());
  }

  /**
   * Replaces the record's text.
   *
   * @param expectedVersion the version the writer read; another one means someone saved meanwhile
   * @param answers aligned with the item's key questions (blank: not answered)
   * @throws MinutesRefused when someone saved meanwhile, a text is too long, or the answers do not
   *     match the questions
   */
  public void write(
      AgendaItem item,
      long expectedVersion,
      String summary,
      List<String> answers,
      String decisions,
      String by,
      Instant now) {
    if (expectedVersion != version) {
      throw new MinutesRefused(
          Rule.CHANGED_MEANWHILE,
          null,
          "the minutes of \"" + item.getTitle() + "\" were saved by " + updatedBy + " meanwhile");
    }
    List<String> questions = item.getKeyQuestions();
    List<String> given = answers == null ? List.of() : answers;
    if (given.size() > questions.size()) {
      throw new MinutesRefused(
          Rule.ANSWERS_MISMATCH,
          "answers",
          "\"" + item.getTitle() + "\" has " + questions.size() + " key questions");
    }
    this.summary = text(summary, MAX_TEXT, "summary");
    this.decisions = text(decisions, MAX_TEXT, "decisions");
    this.answers.clear();
    for (int i = 0; i < questions.size(); i++) {
      String answer = i < given.size() ? given.get(i) : null;
      this.answers.add(
          new MinutesAnswer(questions.get(i), text(answer, MAX_ANSWER, "answers[" + i + "]")));
    }
    touch(by, now);
  }

  /** Names the person who may write this record besides the secretariat (null: nobody). */
  public void nameRapporteur(Person person, String by, Instant now) {
    this.rapporteur = person;
    touch(by, now);
  }

  public boolean isRapporteur(Person person) {
    return rapporteur != null && person != null && rapporteur.getId().equals(person.getId());
  }

  /** The answer to this key question, or null. */
  public String answerTo(String question) {
    return answers.stream()
        .filter(a -> a.getQuestion().equals(question))
        .findFirst()
        .map(MinutesAnswer::getAnswer)
        .orElse(null);
  }

  private static String text(String value, int max, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String trimmed = value.strip();
    if (trimmed.length() > max) {
      throw new MinutesRefused(
          Rule.TEXT_TOO_LONG, field, "a text of the minutes is longer than " + max + " characters");
    }
    return trimmed;
  }

  private void touch(String by, Instant now) {
    this.updatedBy = by;
    this.updatedAt = now.atOffset(ZoneOffset.UTC);
  }

  public Long getId() {
    return id;
  }

  public Meeting getMeeting() {
    return meeting;
  }

  public String getItemKey() {
    return itemKey;
  }

  public String getSummary() {
    return summary;
  }

  public String getDecisions() {
    return decisions;
  }

  public List<MinutesAnswer> getAnswers() {
    return List.copyOf(answers);
  }

  public Person getRapporteur() {
    return rapporteur;
  }

  public OffsetDateTime getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public long getVersion() {
    return version;
  }
}
