package org.plenary.agenda.delegations.application;

import jakarta.json.bind.annotation.JsonbTransient;
import java.io.Serializable;
import java.util.List;

/**
 * A delegation as its head and the secretariat see it, read inside the transaction: its people with
 * their part and whether they hold a registration (and a social event seat). The getters serve the
 * pages (Expression Language 5 reads no record components) and stay out of the JSON, which has the
 * components once each.
 */
public record DelegationDetails(
    String meetingId,
    String meetingTitle,
    String organisation,
    String country,
    List<Delegate> people,
    boolean manageable)
    implements Serializable {

  /** One person of the delegation. */
  public record Delegate(
      long personId, String name, String email, String role, boolean registered, String socialEvent)
      implements Serializable {
    @JsonbTransient
    public long getPersonId() {
      return personId;
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
    public String getRole() {
      return role;
    }

    @JsonbTransient
    public boolean isRegistered() {
      return registered;
    }

    @JsonbTransient
    public String getSocialEvent() {
      return socialEvent;
    }
  }

  @JsonbTransient
  public boolean isManageable() {
    return manageable;
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
  public String getMeetingTitle() {
    return meetingTitle;
  }

  @JsonbTransient
  public List<Delegate> getPeople() {
    return people;
  }

  /** The people playing the given part (HEAD, MEMBER, ALTERNATE). */
  public List<Delegate> playing(String role) {
    return people.stream().filter(p -> p.role().equals(role)).toList();
  }

  @JsonbTransient
  public String getHead() {
    return playing("HEAD").stream().map(Delegate::name).findFirst().orElse("");
  }

  @JsonbTransient
  public long getRegisteredCount() {
    return people.stream().filter(Delegate::registered).count();
  }
}
