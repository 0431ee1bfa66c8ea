package org.plenary.web.rest.outcomes;

/** The body that names an item's rapporteur by username (blank or absent: nobody). */
public class RapporteurBody {
  private String username;

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }
}
