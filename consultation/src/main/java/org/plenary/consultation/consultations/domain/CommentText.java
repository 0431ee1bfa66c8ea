package org.plenary.consultation.consultations.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import org.plenary.consultation.consultations.domain.ConsultationRefused.Code;

/** The text of a comment: checked, and hashed after normalising so that copies group together. */
public final class CommentText {
  public static final int MAX_LENGTH = 10_000;

  private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}]+");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

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
    String lower = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    String normalised =
        WHITESPACE.matcher(PUNCTUATION.matcher(lower).replaceAll(" ")).replaceAll(" ").strip();
    MessageDigest digest = SHA_256.get();
    digest.reset();
    return HexFormat.of().formatHex(digest.digest(normalised.getBytes(StandardCharsets.UTF_8)));
  }
}
