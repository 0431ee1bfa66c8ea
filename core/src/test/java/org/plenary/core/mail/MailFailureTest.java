package org.plenary.core.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

/**
 * The failures as the mail API reports them after an SMTP conversation: a 5xx reply to RCPT TO puts
 * the address among the invalid ones, a 4xx reply among the valid unsent ones.
 */
class MailFailureTest {
  private static final Address[] NONE = {};

  @Test
  void aRecipientRefusedForGoodIsPermanent() throws AddressException {
    Address[] rejected = {new InternetAddress("nobody@example.org")};
    assertThat(MailFailure.permanent(refusal(NONE, rejected))).isTrue();
    assertThat(MailFailure.permanent(new MessagingException("wrapped", refusal(NONE, rejected))))
        .as("found behind the exception that carries it")
        .isTrue();
  }

  @Test
  void aRecipientRefusedForNowIsRetried() throws AddressException {
    Address[] deferred = {new InternetAddress("busy@example.org")};
    assertThat(MailFailure.permanent(refusal(deferred, NONE))).isFalse();
    assertThat(MailFailure.permanent(refusal(deferred, new Address[] {deferred[0]})))
        .as("some recipients refused, others only deferred")
        .isFalse();
  }

  @Test
  void noConnectionOrNoRecipientIsRetried() {
    assertThat(
            MailFailure.permanent(
                new MessagingException(
                    "Could not connect to SMTP host", new ConnectException("refused"))))
        .isFalse();
    assertThat(MailFailure.permanent(new SendFailedException("No recipient addresses"))).isFalse();
    assertThat(MailFailure.permanent(new IllegalStateException("closed"))).isFalse();
  }

  private static SendFailedException refusal(Address[] validUnsent, Address[] invalid) {
    return new SendFailedException(
        "Invalid Addresses",
        new MessagingException("550 5.1.1 unknown"),
        NONE,
        validUnsent,
        invalid);
  }
}
