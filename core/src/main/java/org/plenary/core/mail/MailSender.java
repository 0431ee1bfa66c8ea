package org.plenary.core.mail;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends one outbox row outside any transaction: claims it (a short transaction of its own), talks
 * SMTP, then deletes it; a failure is logged and the row waits for its next attempt. A mail is
 * given up (its row deleted, a warning logged) when the server refuses its recipient for good, or
 * when it still fails {@code plenary.mail.give-up-after} (ISO-8601, 5 days by default, as mail
 * servers bounce) after it was queued: otherwise a mistyped address would be retried every hour
 * forever, and at the scale of a large consultation such rows would crowd out the mails that can
 * still go.
 */
@ApplicationScoped
public class MailSender {
  private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

  @Inject MailOutbox outbox;
  @Inject Mailer mailer;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "plenary.mail.give-up-after", defaultValue = "P5D")
  String giveUpSetting;

  private Duration giveUpAfter;

  @PostConstruct
  void readSettings() {
    try {
      giveUpAfter = Duration.parse(giveUpSetting);
    } catch (DateTimeParseException e) {
      throw badSetting("is not an ISO-8601 duration such as P5D or PT12H", e);
    }
    if (giveUpAfter.isNegative() || giveUpAfter.isZero()) {
      throw badSetting("must be positive", null);
    }
  }

  /** Logged here: Payara reports the deployment failure without the cause's message. */
  private IllegalStateException badSetting(String problem, Exception cause) {
    String message =
        "plenary.mail.give-up-after (PLENARY_MAIL_GIVE_UP_AFTER) " + problem + ": " + giveUpSetting;
    LOG.severe(message);
    return new IllegalStateException(message, cause);
  }

  /** Reads the setting when the application starts, so that a bad value stops the start. */
  void checkedAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    // the bean is created, and readSettings run, to deliver this event
  }

  /** Sends the row if this caller wins its claim; true when it was sent. */
  public boolean send(long id) {
    try (Mailer.Connection smtp = mailer.connection()) {
      return send(id, smtp);
    }
  }

  /** Sends the row over this connection if this caller wins its claim; true when it was sent. */
  public boolean send(long id, Mailer.Connection smtp) {
    Optional<OutboxMail> claimed = outbox.claim(id);
    if (claimed.isEmpty()) {
      return false;
    }
    OutboxMail mail = claimed.get();
    try {
      smtp.sendRendered(mail.getMessage());
    } catch (MessagingException | RuntimeException e) {
      failed(mail, e);
      return false;
    }
    outbox.sent(id);
    return true;
  }

  private void failed(OutboxMail mail, Exception failure) {
    boolean permanent = MailFailure.permanent(failure);
    Duration queued = Duration.between(mail.getCreatedAt().toInstant(), clock.instant());
    if (permanent || queued.compareTo(giveUpAfter) >= 0) {
      outbox.gaveUp(mail.getId());
      LOG.log(
          Level.WARNING,
          "Gave up the mail \""
              + mail.getSubject()
              + "\" to "
              + mail.getRecipient()
              + " after "
              + (mail.getAttempts() + 1)
              + " attempt(s) over "
              + queued.withNanos(0)
              + (permanent ? ": the server refused the recipient for good" : "")
              + ": "
              + failure);
      return;
    }
    int attempts = outbox.failed(mail.getId());
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
            + failure);
  }
}
