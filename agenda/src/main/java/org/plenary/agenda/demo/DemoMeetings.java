package org.plenary.agenda.demo;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.plenary.core.security.domain.Roles;

/** Loads the demo meetings (E-Leaders 2019 and its side meeting) through the application services. */
@Stateless
@RunAs(Roles.SECRETARIAT)
public class DemoMeetings {
  /** Creates the demo meetings unless they exist already; safe to call on every start. */
  public void load() {
    // filled in by the agenda model work
  }
}
