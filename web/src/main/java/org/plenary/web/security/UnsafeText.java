package org.plenary.web.security;

/**
 * Characters that no text kept by Plenary may hold, whether it comes through a page or the API:
 * control characters other than tab, carriage return and line feed (PostgreSQL refuses NUL in text,
 * and the others are invisible and break exports and mails), and halves of surrogate pairs standing
 * alone (malformed Unicode that UTF-8 cannot carry). Mixed-direction text is not refused: it is
 * legitimate in Arabic and Hebrew, and pages show it escaped and isolated.
 */
public final class UnsafeText {
  private UnsafeText() {}

  /** Whether the text holds a character Plenary refuses. */
  public static boolean isUnsafe(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
        return true;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return true;
        }
      } else if (Character.isLowSurrogate(c)) {
        return true;
      }
    }
    return false;
  }
}
