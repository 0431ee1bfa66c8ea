package org.plenary.web.security;

import java.time.Duration;
import java.time.format.DateTimeParseException;

/**
 * How often a client may do something: {@code permits} times per {@code window}, written as {@code
 * 60/PT10M} in the configuration, or {@code off}. The permits are a burst: a client that has been
 * quiet may use them all at once, and then gets one more every {@code window / permits}.
 */
record Rate(int permits, Duration window) {
  static final Rate OFF = new Rate(0, Duration.ZERO);

  Rate {
    if (permits < 0 || window.isNegative() || (permits > 0 && window.isZero())) {
      throw new IllegalArgumentException("A rate needs permits > 0 in a window > 0, or off");
    }
  }

  boolean isOff() {
    return permits == 0;
  }

  /** Reads {@code 60/PT10M}, {@code 60/10m}, {@code 5/1h} or {@code off}. */
  static Rate parse(String text) {
    String value = text.strip();
    if (value.equalsIgnoreCase("off") || value.equals("0")) {
      return OFF;
    }
    int slash = value.indexOf('/');
    if (slash < 1) {
      throw new IllegalArgumentException("Not a rate (e.g. 60/PT10M or off): " + text);
    }
    try {
      int permits = Integer.parseInt(value.substring(0, slash).strip());
      String window = value.substring(slash + 1).strip();
      return new Rate(
          permits,
          Duration.parse(
              window.toUpperCase().startsWith("P") ? window : "PT" + window.toUpperCase()));
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new IllegalArgumentException("Not a rate (e.g. 60/PT10M or off): " + text, e);
    }
  }
}
