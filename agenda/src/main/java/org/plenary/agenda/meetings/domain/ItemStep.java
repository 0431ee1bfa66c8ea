package org.plenary.agenda.meetings.domain;

import static org.plenary.agenda.meetings.domain.AgendaRuleViolation.atMost;
import static org.plenary.agenda.meetings.domain.AgendaRuleViolation.required;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalTime;
import java.util.Objects;

/** A moment within an item, such as "18:00 – Bus departs" of a social event. */
@Embeddable
public class ItemStep {
  public static final int MAX_LABEL = 200;

  @Column(name = "step_time", nullable = false)
  private LocalTime time;

  @Column(name = "label", nullable = false, length = MAX_LABEL)
  private String label;

  protected ItemStep() {}

  /** An equal step that is a separate object (see {@link AgendaRole#copy}). */
  public ItemStep copy() {
    return new ItemStep(time, label);
  }

  public ItemStep(LocalTime time, String label) {
    this.time = required(time, "step time");
    this.label = atMost(required(label, "step label"), MAX_LABEL, "step label");
  }

  public static ItemStep at(int hour, int minute, String label) {
    return new ItemStep(LocalTime.of(hour, minute), label);
  }

  public LocalTime getTime() {
    return time;
  }

  public String getLabel() {
    return label;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ItemStep other && time.equals(other.time) && label.equals(other.label);
  }

  @Override
  public int hashCode() {
    return Objects.hash(time, label);
  }

  @Override
  public String toString() {
    return time + " " + label;
  }
}
