package org.plenary.core.mail;

import java.time.Duration;

/**
 * How long a mail that the SMTP server did not accept waits before the next attempt: one minute
 * after the first failure, doubling with each further failure, at most an hour.
 */
public final class MailBackoff {
  static final Duration FIRST = Duration.ofMinutes(1);
  static final Duration LONGEST = Duration.ofHours(1);

  private MailBackoff() {}

  /** The wait after the given number of failed attempts (1 for the first failure). */
  public static Duration after(int failedAttempts) {
    if (failedAttempts < 1) {
      return FIRST;
    }
    int doublings = Math.min(failedAttempts - 1, 16);
    Duration wait = FIRST.multipliedBy(1L << doublings);
    return wait.compareTo(LONGEST) > 0 ? LONGEST : wait;
  }
}
