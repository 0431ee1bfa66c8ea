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
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.plenary.agenda.meetings.domain.AgendaItem;

/**
 * One agenda item's record as the minutes were approved: a copy taken at approval, never changed
 * afterwards (later edits of the minutes go into the next version).
 */
@Entity
@Table(name = "approved_minutes_item")
public class ApprovedItem {
  @Id
  @SequenceGenerator(
      name = "approved_minutes_item_seq",
      sequenceName = "approved_minutes_item_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "approved_minutes_item_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "circulation_id", nullable = false, updatable = false)
  private MinutesCirculation circulation;

  @Column(name = "position", nullable = false, updatable = false)
  private int position;

  @Column(name = "item_key", nullable = false, updatable = false, length = 20)
  private String itemKey;

  @Column(name = "session_number", updatable = false)
  private Integer sessionNumber;

  @Column(name = "title", nullable = false, updatable = false, length = 300)
  private String title;

  @Column(name = "item_date", nullable = false, updatable = false)
  private LocalDate date;

  @Column(name = "start_time", updatable = false)
  private LocalTime start;

  @Column(name = "summary", updatable = false, length = ItemMinutes.MAX_TEXT)
  private String summary;

  @Column(name = "decisions", updatable = false, length = ItemMinutes.MAX_TEXT)
  private String decisions;

  @ElementCollection
  @CollectionTable(name = "approved_minutes_answer", joinColumns = @JoinColumn(name = "item_id"))
  @OrderColumn(name = "position")
  private List<MinutesAnswer> answers = new ArrayList<>();

  protected ApprovedItem() {}

  /** A copy of the item's record as it reads now (record null: nothing written for it). */
  public ApprovedItem(
      MinutesCirculation circulation, int position, AgendaItem item, ItemMinutes record) {
    this.circulation = circulation;
    this.position = position;
    this.itemKey = item.getKey();
    this.sessionNumber = item.getSessionNumber();
    this.title = item.getTitle();
    this.date = item.getDay().getDate();
    this.start = item.getStart();
    this.summary = record == null ? null : record.getSummary();
    this.decisions = record == null ? null : record.getDecisions();
    for (String question : item.getKeyQuestions()) {
      answers.add(new MinutesAnswer(question, record == null ? null : record.answerTo(question)));
    }
  }

  public String getItemKey() {
    return itemKey;
  }

  public Integer getSessionNumber() {
    return sessionNumber;
  }

  public String getTitle() {
    return title;
  }

  public LocalDate getDate() {
    return date;
  }

  public LocalTime getStart() {
    return start;
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
}
