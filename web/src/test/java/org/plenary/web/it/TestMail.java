package org.plenary.web.it;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The mailbox of the test SMTP server that {@link TestDatabase} runs for the whole test run: tests
 * wait here for the mail the server sent to an address.
 */
public final class TestMail {
  private static volatile GreenMail server;

  private TestMail() {}

  static void serve(GreenMail greenMail) {
    server = greenMail;
  }

  /** The mails received so far for this address whose subject contains the given text. */
  public static List<MimeMessage> to(String address, String subjectContains) {
    GreenMail mail = Objects.requireNonNull(server, "no test SMTP server in this run");
    return Arrays.stream(mail.getReceivedMessages())
        .filter(addressedTo(address))
        .filter(m -> subject(m).contains(subjectContains))
        .toList();
  }

  /** Waits up to {@code timeout} for a mail to this address whose subject contains the text. */
  public static MimeMessage await(String address, String subjectContains, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      List<MimeMessage> found = to(address, subjectContains);
      if (!found.isEmpty()) {
        return found.get(0);
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "no mail \"" + subjectContains + "\" to " + address + " within " + timeout);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  private static Predicate<MimeMessage> addressedTo(String address) {
    return message -> {
      try {
        Address[] recipients = message.getAllRecipients();
        return recipients != null
            && Arrays.stream(recipients).anyMatch(r -> r.toString().equalsIgnoreCase(address));
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    };
  }

  private static String subject(MimeMessage message) {
    try {
      return Objects.requireNonNullElse(message.getSubject(), "");
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The text of a plain-text mail. */
  public static String text(MimeMessage message) {
    try {
      return message.getContent().toString();
    } catch (MessagingException | java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The token of the first link in the mail that carries one ({@code ...?token=...}). */
  public static String token(MimeMessage message) {
    java.util.regex.Matcher link =
        java.util.regex.Pattern.compile("[?&]token=([A-Za-z0-9_-]+)").matcher(text(message));
    if (!link.find()) {
      throw new AssertionError("no link with a token in: " + text(message));
    }
    return link.group(1);
  }
}
