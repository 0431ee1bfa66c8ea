package org.plenary.agenda.delegations.application;

import java.io.Serializable;
import java.util.List;

/**
 * A delegation as its head and the secretariat see it, read inside the transaction: its people with
 * their part and whether they hold a registration (and a social event seat).
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
    public long getPersonId() {
      return personId;
    }

    public String getName() {
      return name;
    }

    public String getEmail() {
      return email;
    }

    public String getRole() {
      return role;
    }

    public boolean isRegistered() {
      return registered;
    }

    public String getSocialEvent() {
      return socialEvent;
    }
  }

  public boolean isManageable() {
    return manageable;
  }

  public String getOrganisation() {
    return organisation;
  }

  public String getCountry() {
    return country;
  }

  public String getMeetingTitle() {
    return meetingTitle;
  }

  public List<Delegate> getPeople() {
    return people;
  }

  /** The people playing the given part (HEAD, MEMBER, ALTERNATE). */
  public List<Delegate> playing(String role) {
    return people.stream().filter(p -> p.role().equals(role)).toList();
  }

  public String getHead() {
    return playing("HEAD").stream().map(Delegate::name).findFirst().orElse("");
  }

  public long getRegisteredCount() {
    return people.stream().filter(Delegate::registered).count();
  }
}
