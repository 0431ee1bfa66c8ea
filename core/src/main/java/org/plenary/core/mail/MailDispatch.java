package org.plenary.core.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends each {@link Mail} fired inside a transaction once that transaction has committed, so that
 * no one is told about a change that was rolled back, and a mail server that is down never undoes a
 * change: the failure is logged and the change stands.
 */
@ApplicationScoped
public class MailDispatch {
  private static final Logger LOG = Logger.getLogger(MailDispatch.class.getName());

  @Inject Mailer mailer;

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Mail mail) {
    try {
      mailer.send(mail);
    } catch (MessagingException | RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "Could not send the mail \"" + mail.subject() + "\" to " + mail.to() + ": " + e,
          e);
    }
  }
}
