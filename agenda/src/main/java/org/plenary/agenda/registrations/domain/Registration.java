package org.plenary.agenda.registrations.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.plenary.agenda.meetings.domain.Audience;
import org.plenary.agenda.meetings.domain.Meeting;
import org.plenary.agenda.meetings.domain.MeetingDay;
import org.plenary.agenda.registrations.domain.RegistrationRefused.Rule;
import org.plenary.core.people.domain.Organisation;
import org.plenary.core.people.domain.OrganisationCategory;
import org.plenary.core.people.domain.Person;

/**
 * A person's registration for a published meeting: the days and side meetings they come to, how
 * they attend, their needs, and their place for the social event. One per person and meeting.
 */
@Entity
@Table(name = "registration")
public class Registration {
  public static final int MAX_NEEDS = 500;

  @Id
  @SequenceGenerator(
      name = "registration_seq",
      sequenceName = "registration_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registration_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
  private Meeting meeting;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "person_id", nullable = false)
  private Person person;

  @ElementCollection
  @CollectionTable(name = "registration_day", joinColumns = @JoinColumn(name = "registration_id"))
  @Column(name = "day_date", nullable = false)
  @OrderBy
  private List<LocalDate> days = new ArrayList<>();

  @ManyToMany
  @JoinTable(
      name = "registration_side_meeting",
      joinColumns = @JoinColumn(name = "registration_id"),
      inverseJoinColumns = @JoinColumn(name = "meeting_id"))
  private List<Meeting> sideMeetings = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  @Column(name = "attendance", nullable = false, length = 20)
  private Attendance attendance;

  @Enumerated(EnumType.STRING)
  @Column(name = "social_event", nullable = false, length = 20)
  private SocialEventPlace socialEvent = SocialEventPlace.NOT_REQUESTED;

  /** Order on the social event's waiting list; lower tickets are promoted first. */
  @Column(name = "waiting_ticket")
  private Integer waitingTicket;

  @Column(name = "dietary_needs", length = MAX_NEEDS)
  private String dietaryNeeds;

  @Column(name = "accessibility_needs", length = MAX_NEEDS)
  private String accessibilityNeeds;

  @Column(name = "registered_at", nullable = false, updatable = false)
  private OffsetDateTime registeredAt; // EclipseLink 4.0 maps no Instant; stored in UTC

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private RegistrationStatus status = RegistrationStatus.SUBMITTED;

  @Column(name = "decision_reason", length = MAX_NEEDS)
  private String decisionReason;

  @Column(name = "decided_at")
  private OffsetDateTime decidedAt;

  /** Consent to appear on the participant list that registered participants see. */
  @Column(name = "listed", nullable = false)
  private boolean listed;

  /** The language the participant registered in ("en", "fr"): their mails are in it. */
  @Column(name = "language", nullable = false, length = 5)
  private String language = "en";

  @Version private long version;

  protected Registration() {}

  private Registration(Meeting meeting, Person person, Instant now) {
    this.meeting = meeting;
    this.person = person;
    this.registeredAt = now.atOffset(ZoneOffset.UTC);
  }

  /**
   * Registers a person for a published meeting, if the choices keep the meeting's rules: only days
   * of the meeting and published side meetings, each open to the person's kind of organisation; the
   * social event only in person. A seat on the social event is decided afterwards, in the database.
   */
  public static Registration register(
      Meeting meeting, Person person, Choices choices, Instant now) {
    Objects.requireNonNull(meeting, "meeting");
    Objects.requireNonNull(person, "person");
    Registration registration =
        new Registration(meeting, person, Objects.requireNonNull(now, "now"));
    registration.choose(choices);
    if (choices.socialEvent()) {
      registration.socialEvent = SocialEventPlace.WAITING;
    }
    return registration;
  }

  /**
   * The participant changes their choices, under the same rules as registering. The desk's decision
   * stands (a declined registration cannot be changed). A seat on the social event, or a place on
   * its waiting list, is kept while the social event is still asked for; asked for anew, the
   * registration waits for a seat to be decided in the database; no longer asked for, it gives the
   * seat up. True if it gave up a seat it held (which then goes to the next in line).
   */
  public boolean change(Choices choices) {
    if (status == RegistrationStatus.DECLINED) {
      throw new RegistrationRefused(
          Rule.ALREADY_DECIDED, "a declined registration cannot be changed");
    }
    choose(choices);
    if (choices.socialEvent()) {
      if (socialEvent == SocialEventPlace.NOT_REQUESTED) {
        socialEvent = SocialEventPlace.WAITING;
        waitingTicket = null;
      }
      return false;
    }
    boolean heldASeat = holdsASeat();
    socialEvent = SocialEventPlace.NOT_REQUESTED;
    waitingTicket = null;
    return heldASeat;
  }

  /** Whether the social event is asked for and no seat or waiting ticket decided on it yet. */
  public boolean awaitsASeatDecision() {
    return socialEvent == SocialEventPlace.WAITING && waitingTicket == null;
  }

  /** Checks the choices against the meeting's rules, all of them before anything changes. */
  private void choose(Choices choices) {
    Objects.requireNonNull(choices, "choices");
    if (choices.attendance() == null) {
      throw new RegistrationRefused(
          Rule.ATTENDANCE_MISSING, "say whether you attend in person or remotely");
    }
    if (choices.days().isEmpty()) {
      throw new RegistrationRefused(
          Rule.NO_DAYS_CHOSEN, "choose at least one day of " + meeting.getTitle());
    }
    atMost(choices.dietaryNeeds(), "dietary needs");
    atMost(choices.accessibilityNeeds(), "accessibility needs");
    if (choices.socialEvent() && choices.attendance() == Attendance.REMOTE) {
      throw new RegistrationRefused(
          Rule.SOCIAL_EVENT_ONLY_IN_PERSON,
          "the social event is for participants who attend in person");
    }
    List<LocalDate> chosenDays = new ArrayList<>();
    for (LocalDate date : choices.days()) {
      MeetingDay day =
          dayOf(meeting, date)
              .orElseThrow(
                  () ->
                      new RegistrationRefused(
                          Rule.NOT_A_DAY_OF_THE_MEETING,
                          date + " is not a day of " + meeting.getTitle()));
      admit(person, day, meeting);
      chosenDays.add(date);
    }
    List<Meeting> chosenSideMeetings = new ArrayList<>();
    for (String slug : choices.sideMeetings()) {
      Meeting side =
          meeting.getPublishedSideMeetings().stream()
              .filter(candidate -> candidate.getSlug().equals(slug))
              .findFirst()
              .orElseThrow(
                  () ->
                      new RegistrationRefused(
                          Rule.NOT_A_SIDE_MEETING,
                          "\"" + slug + "\" is not a side meeting of " + meeting.getTitle()));
      side.getDays().forEach(day -> admit(person, day, side));
      chosenSideMeetings.add(side);
    }
    attendance = choices.attendance();
    dietaryNeeds = choices.dietaryNeeds();
    accessibilityNeeds = choices.accessibilityNeeds();
    if (!days.equals(chosenDays)) {
      days.clear();
      days.addAll(chosenDays);
    }
    if (!sideMeetings.equals(chosenSideMeetings)) {
      sideMeetings.clear();
      sideMeetings.addAll(chosenSideMeetings);
    }
  }

  private static Optional<MeetingDay> dayOf(Meeting meeting, LocalDate date) {
    return meeting.getDays().stream().filter(day -> day.getDate().equals(date)).findFirst();
  }

  private static void admit(Person person, MeetingDay day, Meeting meeting) {
    Audience audience = day.getAudience();
    OrganisationCategory category =
        person.organisation().map(Organisation::getCategory).orElse(null);
    if (!audience.admits(category)) {
      String organisation =
          person
              .organisation()
              .map(o -> "your organisation, " + o.getName() + ", is " + words(o.getCategory()))
              .orElse("you are registered without an organisation");
      throw new RegistrationRefused(
          Rule.AUDIENCE_NOT_ADMITTED,
          day.getLabel()
              + " of "
              + meeting.getTitle()
              + " ("
              + day.getDate()
              + ") is open only to "
              + audience.getCategories().stream()
                  .sorted(Comparator.naturalOrder())
                  .map(Registration::words)
                  .collect(Collectors.joining(", "))
              + "; "
              + organisation);
    }
  }

  static String words(OrganisationCategory category) {
    return category.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static void atMost(String text, String what) {
    if (text != null && text.length() > MAX_NEEDS) {
      throw new RegistrationRefused(
          Rule.TEXT_TOO_LONG, what + " are longer than " + MAX_NEEDS + " characters");
    }
  }

  /** Whether the participant agrees to appear on the participant list, and in which language. */
  public void prefer(boolean listed, String language) {
    this.listed = listed;
    this.language = "fr".equals(language) ? "fr" : "en";
  }

  /** The secretariat approves the registration. */
  public void approve(Instant now) {
    if (status == RegistrationStatus.DECLINED) {
      throw new RegistrationRefused(
          Rule.ALREADY_DECIDED, "a declined registration cannot be approved");
    }
    status = RegistrationStatus.APPROVED;
    decisionReason = null;
    decidedAt = now.atOffset(ZoneOffset.UTC);
  }

  /**
   * The secretariat declines the registration, saying why. It gives up its social event seat or its
   * place on the waiting list; true if it held a seat (which then goes to the next in line).
   */
  public boolean decline(String reason, Instant now) {
    if (reason == null || reason.isBlank()) {
      throw new RegistrationRefused(Rule.REASON_MISSING, "say why the registration is declined");
    }
    if (reason.strip().length() > MAX_NEEDS) {
      throw new RegistrationRefused(
          Rule.TEXT_TOO_LONG, "the reason is longer than " + MAX_NEEDS + " characters");
    }
    if (status == RegistrationStatus.DECLINED) {
      throw new RegistrationRefused(Rule.ALREADY_DECIDED, "the registration is declined already");
    }
    boolean heldASeat = holdsASeat();
    status = RegistrationStatus.DECLINED;
    decisionReason = reason.strip();
    decidedAt = now.atOffset(ZoneOffset.UTC);
    socialEvent = SocialEventPlace.NOT_REQUESTED;
    waitingTicket = null;
    return heldASeat;
  }

  public RegistrationStatus getStatus() {
    return status;
  }

  public String getDecisionReason() {
    return decisionReason;
  }

  public boolean isListed() {
    return listed;
  }

  public String getLanguage() {
    return language;
  }

  /** Whether this registration asks for the social event and has no seat yet. */
  public boolean isWaitingForASeat() {
    return socialEvent == SocialEventPlace.WAITING;
  }

  public boolean holdsASeat() {
    return socialEvent == SocialEventPlace.CONFIRMED;
  }

  /** A seat on the social event was taken for this registration. */
  public void takeSeat() {
    if (socialEvent != SocialEventPlace.WAITING) {
      throw new IllegalStateException("no seat was asked for");
    }
    socialEvent = SocialEventPlace.CONFIRMED;
    waitingTicket = null;
  }

  /** No seat was free: this registration joins the waiting list with the given ticket. */
  public void waitWithTicket(int ticket) {
    if (socialEvent != SocialEventPlace.WAITING) {
      throw new IllegalStateException("no seat was asked for");
    }
    waitingTicket = ticket;
  }

  /**
   * Someone else takes this registration as it stands (an alternate substituting for a member of a
   * delegation): the same days, needs, seat on the social event or place on its waiting list.
   */
  public void transferTo(Person substitute) {
    Objects.requireNonNull(substitute, "substitute");
    if (substitute.equals(person)) {
      throw new IllegalArgumentException("the registration is already theirs");
    }
    this.person = substitute;
  }

  public Long getId() {
    return id;
  }

  public Meeting getMeeting() {
    return meeting;
  }

  public Person getPerson() {
    return person;
  }

  public List<LocalDate> getDays() {
    return List.copyOf(days);
  }

  public List<Meeting> getSideMeetings() {
    return List.copyOf(sideMeetings);
  }

  public Attendance getAttendance() {
    return attendance;
  }

  public SocialEventPlace getSocialEvent() {
    return socialEvent;
  }

  public Integer getWaitingTicket() {
    return waitingTicket;
  }

  public String getDietaryNeeds() {
    return dietaryNeeds;
  }

  public String getAccessibilityNeeds() {
    return accessibilityNeeds;
  }

  public Instant getRegisteredAt() {
    return registeredAt.toInstant();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Registration other
        && meeting.equals(other.meeting)
        && person.equals(other.person);
  }

  @Override
  public int hashCode() {
    return meeting.hashCode();
  }
}
