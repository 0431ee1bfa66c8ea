package org.plenary.agenda.registrations.application;

import jakarta.json.bind.annotation.JsonbTransient;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import org.plenary.agenda.registrations.domain.Attendance;
import org.plenary.agenda.registrations.domain.RegistrationStatus;
import org.plenary.agenda.registrations.domain.SocialEventPlace;

/**
 * One registration as the secretariat's desk lists and exports it, with the side meetings chosen
 * and the dietary and accessibility needs given (the secretariat plans catering and access from
 * them; nobody else sees them). The getters serve the desk page (Expression Language 5 reads no
 * record components) and stay out of the JSON.
 */
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
    String reason,
    List<String> sideMeetings,
    String dietaryNeeds,
    String accessibilityNeeds)
    implements Serializable {

  @JsonbTransient
  public long getId() {
    return id;
  }

  @JsonbTransient
  public String getName() {
    return name;
  }

  @JsonbTransient
  public String getEmail() {
    return email;
  }

  @JsonbTransient
  public String getOrganisation() {
    return organisation;
  }

  @JsonbTransient
  public String getCountry() {
    return country;
  }

  @JsonbTransient
  public RegistrationStatus getStatus() {
    return status;
  }

  @JsonbTransient
  public Attendance getAttendance() {
    return attendance;
  }

  @JsonbTransient
  public SocialEventPlace getSocialEvent() {
    return socialEvent;
  }

  @JsonbTransient
  public String getDays() {
    return String.join(", ", days);
  }

  @JsonbTransient
  public OffsetDateTime getRegisteredAt() {
    return registeredAt;
  }

  @JsonbTransient
  public boolean isListed() {
    return listed;
  }

  @JsonbTransient
  public String getReason() {
    return reason;
  }

  @JsonbTransient
  public String getSideMeetings() {
    return String.join(", ", sideMeetings);
  }

  @JsonbTransient
  public String getDietaryNeeds() {
    return dietaryNeeds;
  }

  @JsonbTransient
  public String getAccessibilityNeeds() {
    return accessibilityNeeds;
  }
}
