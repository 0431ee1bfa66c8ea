package org.plenary.core.mail;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Every minute, hands the pump the outbox rows whose next attempt is due and that no one holds:
 * mails the SMTP server refused, those whose sender died with the node, and those of a burst that
 * did not fit in the pump's queue, as many as its queue takes (the pump then refills itself while
 * more are due). Until 2026-11-28 the timer sent at most 200 a minute itself, so after a burst of
 * 40,000 comments (issue 8's bench) the confirmation mails beyond the pump's queue took hours. Safe
 * on every node of a cluster: each row is claimed before it is sent. Runs no transaction itself:
 * bean-managed, because Payara opened a container transaction for the timeout despite {@code
 * NOT_SUPPORTED} (payara/Payara#4826), which once held claims open while SMTP answered.
 */
@Stateless
@TransactionManagement(TransactionManagementType.BEAN)
public class MailRetryTimer {
  private static final Logger LOG = Logger.getLogger(MailRetryTimer.class.getName());

  @Inject MailPump pump;

  @Schedule(hour = "*", minute = "*", persistent = false)
  void retry() {
    int handed = pump.refill();
    if (handed > 0) {
      LOG.info("Outbox: " + handed + " due mails handed to the sender");
    }
  }
}
