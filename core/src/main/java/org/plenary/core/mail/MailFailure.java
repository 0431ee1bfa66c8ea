package org.plenary.core.mail;

import jakarta.mail.Address;
import jakarta.mail.SendFailedException;

/** Whether a mail the SMTP server did not accept can be accepted by a later attempt. */
final class MailFailure {
  private static final int DEEPEST = 8;

  private MailFailure() {}

  /**
   * True when the server refused every recipient for good: a 5xx reply to {@code RCPT TO}, which
   * the mail API reports as invalid addresses (a 4xx reply leaves them "valid unsent"). Sending
   * again cannot help. Anything else (no connection, a time-out, a 4xx reply, the server refusing
   * our sender or our login, which would refuse every mail alike) may pass later and is retried.
   */
  static boolean permanent(Exception failure) {
    Throwable cause = failure;
    for (int depth = 0; cause != null && depth < DEEPEST; depth++, cause = cause.getCause()) {
      if (cause instanceof SendFailedException refused) {
        return some(refused.getInvalidAddresses())
            && !some(refused.getValidUnsentAddresses())
            && !some(refused.getValidSentAddresses());
      }
    }
    return false;
  }

  private static boolean some(Address[] addresses) {
    return addresses != null && addresses.length > 0;
  }
}
