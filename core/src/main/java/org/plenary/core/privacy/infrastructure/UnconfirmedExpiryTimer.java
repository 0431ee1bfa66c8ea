package org.plenary.core.privacy.infrastructure;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.plenary.core.privacy.application.Privacy;
import org.plenary.core.security.domain.Roles;

/**
 * Every hour, deletes the submissions whose sender never confirmed their e-mail address within the
 * retention period. Not persistent, and harmless on every node of a cluster: a missed run is the
 * next hour's, and a second run finds nothing left.
 */
@Stateless
@RunAs(Roles.SECRETARIAT)
public class UnconfirmedExpiryTimer {
  private static final Logger LOG = Logger.getLogger(UnconfirmedExpiryTimer.class.getName());

  @Inject Privacy privacy;

  @Schedule(hour = "*", minute = "37", persistent = false)
  void expire() {
    int expired = privacy.expireUnconfirmed();
    if (expired > 0) {
      LOG.info("Deleted " + expired + " unconfirmed submissions past their retention");
    }
  }
}
