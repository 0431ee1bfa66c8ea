package org.plenary.agenda.registrations.application;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import org.plenary.agenda.registrations.domain.Attendance;
import org.plenary.agenda.registrations.domain.RegistrationStatus;
import org.plenary.agenda.registrations.domain.SocialEventPlace;

/** One registration as the secretariat's desk lists and exports it. */
public record DeskRow(
    long id,
    String name,
    String email,
    String organisation,
    String country,
    RegistrationStatus status,
    Attendance attendance,
    SocialEventPlace socialEvent,
    List<String> days,
    OffsetDateTime registeredAt,
    boolean listed,
    String reason)
    implements Serializable {

  public long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getEmail() {
    return email;
  }

  public String getOrganisation() {
    return organisation;
  }

  public String getCountry() {
    return country;
  }

  public RegistrationStatus getStatus() {
    return status;
  }

  public Attendance getAttendance() {
    return attendance;
  }

  public SocialEventPlace getSocialEvent() {
    return socialEvent;
  }

  public String getDays() {
    return String.join(", ", days);
  }

  public OffsetDateTime getRegisteredAt() {
    return registeredAt;
  }

  public boolean isListed() {
    return listed;
  }

  public String getReason() {
    return reason;
  }
}
