package org.plenary.core.mail;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;

/**
 * Every minute, sends the outbox rows whose next attempt is due and that no one holds: mails the
 * SMTP server refused, and those whose sender died with the node. Not persistent and safe on every
 * node of a cluster: each row is claimed before it is sent. Runs no transaction itself, so that no
 * transaction stays open while SMTP answers: bean-managed, because Payara opened a container
 * transaction for the timeout despite {@code NOT_SUPPORTED} (payara/Payara#4826). The bench caught
 * it (issue 8): the whole batch of 200 claims and sends in one transaction, idle for 40 s while
 * SMTP answered, the pump's threads blocked on its row locks, VACUUM held back.
 */
@Stateless
@TransactionManagement(TransactionManagementType.BEAN)
public class MailRetryTimer {
  private static final Logger LOG = Logger.getLogger(MailRetryTimer.class.getName());
  static final int BATCH = 200;

  @Inject MailOutbox outbox;
  @Inject MailSender sender;

  @Schedule(hour = "*", minute = "*", persistent = false)
  void retry() {
    List<Long> due = outbox.due(BATCH);
    long sent = due.stream().filter(sender::send).count();
    if (!due.isEmpty()) {
      LOG.info("Outbox: sent " + sent + " of " + due.size() + " due mails");
    }
  }
}
