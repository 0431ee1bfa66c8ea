package org.plenary.consultation.coordination.infrastructure;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.plenary.consultation.coordination.application.Coordination;
import org.plenary.core.security.domain.Roles;

/**
 * Every hour, reminds the bodies whose position is overdue. Not persistent: a missed run is simply
 * the next hour's; the database, not the timer, makes sure each body is reminded once.
 */
@Stateless
@RunAs(Roles.SECRETARIAT)
public class CoordinationReminderTimer {
  private static final Logger LOG = Logger.getLogger(CoordinationReminderTimer.class.getName());

  @Inject Coordination coordination;

  @Schedule(hour = "*", minute = "7", persistent = false)
  void remind() {
    int reminded = coordination.remindOverdue();
    if (reminded > 0) {
      LOG.info("Reminded " + reminded + " overdue bodies of coordination rounds");
    }
  }
}
