package org.plenary.core.mail;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Puts each {@link Mail} in the durable {@link MailOutbox} inside the transaction that fires it (a
 * rolled-back change sends nothing, a committed one never loses its mail), and once that
 * transaction has committed hands the row to {@link MailPump}'s managed threads, which send it: the
 * request thread never talks SMTP, and a mail server that is down never undoes a change. Rows that
 * could not be sent are retried by {@link MailRetryTimer}.
 */
@ApplicationScoped
public class MailDispatch {
  private static final Logger LOG = Logger.getLogger(MailDispatch.class.getName());

  /** A mail stored in the outbox under this row id, fired in the same transaction. */
  public record Stored(long id) {}

  // @EJB on the path of every comment: Payara's CDI proxy of a session bean takes the class
  // loader's lock on every call (issue 8's profile), the container's reference does not.
  @EJB MailOutbox outbox;
  @Inject MailPump pump;
  @Inject Event<Stored> stored;

  void store(@Observes Mail mail) {
    long id;
    try {
      id = outbox.store(mail);
    } catch (MessagingException e) {
      LOG.log(
          Level.WARNING,
          "Could not prepare the mail \"" + mail.subject() + "\" to " + mail.to() + ": " + e,
          e);
      return;
    }
    stored.fire(new Stored(id));
  }

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Stored mail) {
    pump.offer(mail.id());
  }
}
