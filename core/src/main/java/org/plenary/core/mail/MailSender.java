package org.plenary.core.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends one outbox row outside any transaction: claims it (a short transaction of its own), talks
 * SMTP, then deletes it; a failure is logged and the row waits for its next attempt.
 */
@ApplicationScoped
public class MailSender {
  private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

  @Inject MailOutbox outbox;
  @Inject Mailer mailer;

  /** Sends the row if this caller wins its claim; true when it was sent. */
  public boolean send(long id) {
    Optional<OutboxMail> claimed = outbox.claim(id);
    if (claimed.isEmpty()) {
      return false;
    }
    OutboxMail mail = claimed.get();
    try {
      mailer.sendRendered(mail.getMessage());
    } catch (MessagingException | RuntimeException e) {
      int attempts = outbox.failed(id);
      LOG.log(
          Level.WARNING,
          "Could not send the mail \""
              + mail.getSubject()
              + "\" to "
              + mail.getRecipient()
              + " (attempt "
              + attempts
              + ", next in "
              + MailBackoff.after(attempts)
              + "): "
              + e);
      return false;
    }
    outbox.sent(id);
    return true;
  }
}
