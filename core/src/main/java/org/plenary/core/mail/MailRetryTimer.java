package org.plenary.core.mail;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;

/**
 * Every minute, sends the outbox rows whose next attempt is due and that no one holds: mails the
 * SMTP server refused, and those whose sender died with the node. Not persistent and safe on every
 * node of a cluster: each row is claimed before it is sent. Runs no transaction itself, so that no
 * transaction stays open while SMTP answers.
 */
@Stateless
public class MailRetryTimer {
  private static final Logger LOG = Logger.getLogger(MailRetryTimer.class.getName());
  static final int BATCH = 200;

  @Inject MailOutbox outbox;
  @Inject MailSender sender;

  @Schedule(hour = "*", minute = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void retry() {
    List<Long> due = outbox.due(BATCH);
    long sent = due.stream().filter(sender::send).count();
    if (!due.isEmpty()) {
      LOG.info("Outbox: sent " + sent + " of " + due.size() + " due mails");
    }
  }
}
