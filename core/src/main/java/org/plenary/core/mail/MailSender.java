package org.plenary.core.mail;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends outbox rows outside any transaction: claims a group of them (a short transaction of its
 * own), talks SMTP, then deletes those sent (another); a failure is logged and the row waits for
 * its next attempt. A crash between the server's acceptance and the deletion sends those mails
 * again once their claim expires: at least once, never lost. A mail is given up (its row deleted, a
 * warning logged) when the server refuses its recipient for good, or when it still fails {@code
 * plenary.mail.give-up-after} (ISO-8601, 5 days by default, as mail servers bounce) after it was
 * queued: otherwise a mistyped address would be retried every hour forever, and at the scale of a
 * large consultation such rows would crowd out the mails that can still go.
 */
@ApplicationScoped
public class MailSender {
  private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

  /**
   * A mail is begun only while at least this much of its claim is left: more than one SMTP
   * conversation takes at its slowest (connection, write and answer time-outs of 20 s each).
   */
  static final Duration LAST_START = Duration.ofSeconds(60);

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
      return send(List.of(id), smtp) == 1;
    }
  }

  /**
   * Sends, over this connection, those of the rows this caller wins the claim of; returns how many
   * the server accepted. The group shares its claim (one transaction) and the deletion of its sent
   * and given-up rows (another); a failed mail is rescheduled on its own. A mail is not begun once
   * less than {@link #LAST_START} of the claim is left (a slow server): it waits for the claim to
   * expire and the retry timer, rather than go out twice, here and through another sender.
   */
  public int send(List<Long> ids, Mailer.Connection smtp) {
    Instant stop = clock.instant().plus(MailOutbox.CLAIM).minus(LAST_START);
    List<Long> done = new ArrayList<>(ids.size());
    int sent = 0;
    try {
      for (OutboxMail mail : outbox.claim(ids)) {
        if (clock.instant().isAfter(stop)) {
          break;
        }
        try {
          smtp.sendRendered(mail.getMessage());
          done.add(mail.getId());
          sent++;
        } catch (MessagingException | RuntimeException e) {
          if (failed(mail, e)) {
            done.add(mail.getId());
          }
        }
      }
    } finally {
      outbox.done(done);
    }
    return sent;
  }

  /** Logs the failure and reschedules the mail; true when it is given up instead. */
  private boolean failed(OutboxMail mail, Exception failure) {
    boolean permanent = MailFailure.permanent(failure);
    Duration queued = Duration.between(mail.getCreatedAt().toInstant(), clock.instant());
    if (permanent || queued.compareTo(giveUpAfter) >= 0) {
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
      return true;
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
    return false;
  }
}
