package org.plenary.agenda.registrations.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.plenary.agenda.meetings.domain.Meeting;

/**
 * The seats of a meeting's social event (the bus): how many there are, how many are taken, and the
 * last ticket handed to the waiting list. The counters change only through conditional updates of
 * this row in the database (see the application service), which is why the entity has no version:
 * the row lock those updates take is what serialises concurrent registrations.
 */
@Entity
@Table(name = "social_event_seats")
public class SocialEventSeats {
  @Id
  @SequenceGenerator(
      name = "social_event_seats_seq",
      sequenceName = "social_event_seats_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "social_event_seats_seq")
  private Long id;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
  private Meeting meeting;

  @Column(name = "capacity", nullable = false)
  private int capacity;

  @Column(name = "taken", nullable = false)
  private int taken;

  @Column(name = "last_ticket", nullable = false)
  private int lastTicket;

  protected SocialEventSeats() {}

  public SocialEventSeats(Meeting meeting, int capacity) {
    this.meeting = meeting;
    this.capacity = checked(capacity);
  }

  /** The capacity if it is not negative; otherwise a refusal. */
  public static int checked(int capacity) {
    if (capacity < 0) {
      throw new RegistrationRefused(
          RegistrationRefused.Rule.CAPACITY_NEGATIVE,
          "the social event cannot have " + capacity + " seats");
    }
    return capacity;
  }

  public int getCapacity() {
    return capacity;
  }

  public int getTaken() {
    return taken;
  }
}
