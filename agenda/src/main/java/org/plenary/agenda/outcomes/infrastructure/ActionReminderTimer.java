package org.plenary.agenda.outcomes.infrastructure;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.plenary.agenda.outcomes.application.ActionItems;
import org.plenary.core.security.domain.Roles;

/**
 * Every hour, reminds the owners of overdue decisions and actions. Not persistent: a missed run is
 * simply the next hour's; the database, not the timer, makes sure each is reminded once a day.
 */
@Stateless
@RunAs(Roles.SECRETARIAT)
public class ActionReminderTimer {
  private static final Logger LOG = Logger.getLogger(ActionReminderTimer.class.getName());

  @Inject ActionItems actions;

  @Schedule(hour = "*", minute = "17", persistent = false)
  void remind() {
    int reminded = actions.remindOverdue();
    if (reminded > 0) {
      LOG.info("Reminded the owners of " + reminded + " overdue decisions and actions");
    }
  }
}
