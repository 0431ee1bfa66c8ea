package org.plenary.consultation.consultations.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import org.plenary.consultation.consultations.domain.ConsultationRefused.Code;

/** The text of a comment: checked, and hashed after normalising so that copies group together. */
public final class CommentText {
  public static final int MAX_LENGTH = 10_000;

  /** A digest per thread: getInstance looks the provider up on every call. */
  private static final ThreadLocal<MessageDigest> SHA_256 =
      ThreadLocal.withInitial(
          () -> {
            try {
              return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
              throw new IllegalStateException("SHA-256 is missing", e);
            }
          });

  private CommentText() {}

  /**
   * The text without surrounding blanks.
   *
   * @throws ConsultationRefused TEXT_MISSING or TEXT_TOO_LONG (field {@code text})
   */
  public static String checked(String text) {
    String stripped = text == null ? "" : text.strip();
    if (stripped.isEmpty()) {
      throw new ConsultationRefused(Code.TEXT_MISSING, "text", "a comment needs a text");
    }
    if (stripped.length() > MAX_LENGTH) {
      throw new ConsultationRefused(
          Code.TEXT_TOO_LONG, "text", "a comment has at most " + MAX_LENGTH + " characters");
    }
    return stripped;
  }

  /**
   * SHA-256 (hex) of the text in Unicode compatibility form, lower case, without punctuation and
   * with every run of whitespace as one space: the same words typed twice give the same hash, so
   * the copies of a campaign group together.
   */
  public static String hash(String text) {
    MessageDigest digest = SHA_256.get();
    digest.reset();
    return HexFormat.of()
        .formatHex(digest.digest(normalised(text).getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * The text the hash is taken of: NFKC, lower case, every run of punctuation, symbols (Unicode
   * categories P and S) and whitespace ({@code [ \t\n\x0B\f\r]}) as one space, stripped. One pass
   * over the code points; the same as replacing {@code [\p{P}\p{S}]+} then {@code \s+} by a space.
   */
  static String normalised(String text) {
    String lower = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(lower.length());
    boolean gap = false;
    for (int i = 0; i < lower.length(); ) {
      int c = lower.codePointAt(i);
      i += Character.charCount(c);
      if (separates(c)) {
        gap = true;
      } else {
        if (gap) {
          out.append(' ');
          gap = false;
        }
        out.appendCodePoint(c);
      }
    }
    if (gap) {
      out.append(' ');
    }
    return out.toString().strip();
  }

  private static boolean separates(int c) {
    switch (c) {
      case ' ', '\t', '\n', 0x0B, '\f', '\r':
        return true;
      default:
        break;
    }
    switch (Character.getType(c)) {
      case Character.CONNECTOR_PUNCTUATION,
      Character.DASH_PUNCTUATION,
      Character.START_PUNCTUATION,
      Character.END_PUNCTUATION,
      Character.INITIAL_QUOTE_PUNCTUATION,
      Character.FINAL_QUOTE_PUNCTUATION,
      Character.OTHER_PUNCTUATION,
      Character.MATH_SYMBOL,
      Character.CURRENCY_SYMBOL,
      Character.MODIFIER_SYMBOL,
      Character.OTHER_SYMBOL:
        return true;
      default:
        return false;
    }
  }
}
