package org.plenary.web.rest.groups;

/** A member's role in a request: COORDINATOR, MEMBER or OBSERVER. */
public class MemberBody {
  private String role;

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }
}
