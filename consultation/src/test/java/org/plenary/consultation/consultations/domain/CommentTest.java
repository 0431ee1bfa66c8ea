package org.plenary.consultation.consultations.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class CommentTest {
  private static final Predicate<String> COUNTRIES = Set.of("EE", "BE", "FR")::contains;
  private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");

  private static ConsultationRefused.Code refusal(Runnable action) {
    try {
      action.run();
    } catch (ConsultationRefused refused) {
      return refused.code();
    }
    throw new AssertionError("not refused");
  }

  @Test
  void acceptsTheSixRespondentCategoriesInAnyCaseAndNothingElse() {
    assertThat(RespondentCategory.of("ngo")).isEqualTo(RespondentCategory.NGO);
    assertThat(RespondentCategory.of(" Public_Authority "))
        .isEqualTo(RespondentCategory.PUBLIC_AUTHORITY);
    assertThat(RespondentCategory.ACADEMIA.code()).isEqualTo("academia");
    assertThat(refusal(() -> RespondentCategory.of("lobbyist")))
        .isEqualTo(ConsultationRefused.Code.CATEGORY_UNKNOWN);
    assertThat(refusal(() -> RespondentCategory.of(null)))
        .isEqualTo(ConsultationRefused.Code.CATEGORY_UNKNOWN);
  }

  @Test
  void acceptsOnlyKnownTwoLetterCountryCodes() {
    Respondent respondent =
        Respondent.anonymous("Mari", " Mari@Example.EE ", "citizen", "ee", COUNTRIES);
    assertThat(respondent.country()).isEqualTo("EE");
    assertThat(respondent.email()).isEqualTo("mari@example.ee");
    assertThat(respondent.mustConfirm()).isTrue();
    assertThat(refusal(() -> Respondent.anonymous("Mari", "m@x.ee", "citizen", "XX", COUNTRIES)))
        .isEqualTo(ConsultationRefused.Code.COUNTRY_UNKNOWN);
    assertThat(refusal(() -> Respondent.anonymous("Mari", "m@x.ee", "citizen", "EST", COUNTRIES)))
        .isEqualTo(ConsultationRefused.Code.COUNTRY_UNKNOWN);
    assertThat(
            refusal(
                () -> Respondent.anonymous("Mari", "not-an-address", "citizen", "EE", COUNTRIES)))
        .isEqualTo(ConsultationRefused.Code.EMAIL_INVALID);
    assertThat(refusal(() -> Respondent.anonymous(" ", "m@x.ee", "citizen", "EE", COUNTRIES)))
        .isEqualTo(ConsultationRefused.Code.NAME_MISSING);
  }

  @Test
  void publishesASignedInCommentAtOnceAndAnAnonymousOneOnlyOnceConfirmed() {
    Comment signedIn =
        new Comment(
            7L,
            "s2",
            2,
            "Fine.",
            Respondent.signedIn("delegate", "Mari Tamm", "public_authority", "EE", COUNTRIES),
            "en",
            null,
            null,
            NOW);
    assertThat(signedIn.isPublished()).isTrue();

    Comment anonymous =
        new Comment(
            7L,
            null,
            null,
            "  Please define the terms.  ",
            Respondent.anonymous("Jean", "jean@example.be", "citizen", "BE", COUNTRIES),
            "fr",
            "key-1",
            "hash",
            NOW);
    assertThat(anonymous.isPublished()).isFalse();
    assertThat(anonymous.getText()).isEqualTo("Please define the terms.");
    anonymous.confirm(NOW.plusSeconds(60));
    assertThat(anonymous.isPublished()).isTrue();
    assertThat(refusal(() -> anonymous.confirm(NOW.plusSeconds(120))))
        .isEqualTo(ConsultationRefused.Code.TOKEN_INVALID);
  }

  @Test
  void refusesAnEmptyOrOverlongText() {
    Respondent respondent = Respondent.signedIn("member", "Luc", "citizen", "BE", COUNTRIES);
    assertThat(refusal(() -> new Comment(1L, null, null, "  ", respondent, "en", null, null, NOW)))
        .isEqualTo(ConsultationRefused.Code.TEXT_MISSING);
    String overlong = "x".repeat(CommentText.MAX_LENGTH + 1);
    assertThat(
            refusal(() -> new Comment(1L, null, null, overlong, respondent, "en", null, null, NOW)))
        .isEqualTo(ConsultationRefused.Code.TEXT_TOO_LONG);
  }

  @Test
  void givesTheSameHashToTheSameWordsWhateverTheCaseAndSpacing() {
    assertThat(CommentText.hash("Stop the  change\nof clocks"))
        .isEqualTo(CommentText.hash("stop THE change of clocks"))
        .hasSize(64)
        .isNotEqualTo(CommentText.hash("Keep the change of clocks"));
  }

  @Test
  void givesTheSameHashToACampaignsCopiesWhateverTheirPunctuation() {
    assertThat(CommentText.hash("Stop the change of clocks!!"))
        .isEqualTo(CommentText.hash("stop, the change -- of clocks."))
        .isEqualTo(CommentText.hash("“Stop the change of clocks”"));
  }

  /**
   * The hash is stored, grouped on and computed by the benchmark's SQL generator: it is the SHA-256
   * of the normalised words, whichever thread computes it.
   */
  @Test
  void hashesTheNormalisedWordsWithSha256OnAnyThread() throws Exception {
    String expected = "c3f04a715841eada3f9e7a7c216f6c4f1e08403319af28d99a04c94832de17d2";
    assertThat(CommentText.hash("  “Stop the CHANGE\tof clocks!” "))
        .isEqualTo(CommentText.hash("stop the change of clocks"))
        .isEqualTo(expected);
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      java.util.List<java.util.concurrent.Future<String>> hashes = new java.util.ArrayList<>();
      for (int i = 0; i < 200; i++) {
        String text = i % 2 == 0 ? "Stop the change of clocks" : "Keep the change of clocks";
        hashes.add(pool.submit(() -> CommentText.hash(text)));
      }
      for (int i = 0; i < hashes.size(); i++) {
        assertThat(hashes.get(i).get())
            .isEqualTo(i % 2 == 0 ? expected : CommentText.hash("keep the change of clocks"));
      }
    } finally {
      pool.shutdown();
    }
  }

  /** The one-pass normaliser against the two regular expressions it replaced, on random texts. */
  @Test
  void normalisesExactlyAsTheRegularExpressionsDid() {
    java.util.Random random = new java.util.Random(8);
    String pool =
        " \t\n\u000B\f\r\u00A0\u2028\u3000\u001C.,;:!?-–—'\"“”«»()[]{}@#$€£+=<>^`~|\\/_*&%aZéÉßİıﬁ①"
            + "０Ａ日本語\uD83C\uDF0D\uD835\uDC00x9";
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(24);
      for (int i = 0; i < length; i++) {
        int at = random.nextInt(pool.length());
        char c = pool.charAt(at);
        if (Character.isHighSurrogate(c) && at + 1 < pool.length()) {
          text.append(c).append(pool.charAt(at + 1));
        } else if (!Character.isLowSurrogate(c)) {
          text.append(c);
        }
      }
      String expected =
          java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC)
              .toLowerCase(java.util.Locale.ROOT)
              .replaceAll("[\\p{P}\\p{S}]+", " ")
              .replaceAll("\\s+", " ")
              .strip();
      assertThat(CommentText.normalised(text.toString())).as(text.toString()).isEqualTo(expected);
    }
  }

  @Test
  void keepsAHiddenCommentWithItsReasonAndAnAnswerWithWhereItWasResolved() {
    Comment comment =
        new Comment(
            1L,
            "s1",
            1,
            "Spam spam",
            Respondent.signedIn("member", "Luc", "other", "BE", COUNTRIES),
            "en",
            null,
            null,
            NOW);
    assertThat(refusal(() -> comment.hide(" ", "secretariat", NOW)))
        .isEqualTo(ConsultationRefused.Code.REASON_MISSING);
    comment.hide("Advertising", "secretariat", NOW);
    assertThat(comment.isHidden()).isTrue();
    assertThat(comment.getText()).isEqualTo("Spam spam");
    assertThat(comment.getHiddenReason()).isEqualTo("Advertising");

    assertThat(refusal(() -> comment.respond(ResponseOutcome.NOTED, "", null, null, "member", NOW)))
        .isEqualTo(ConsultationRefused.Code.JUSTIFICATION_MISSING);
    assertThat(
            refusal(
                () ->
                    comment.respond(
                        ResponseOutcome.ACCEPTED, "Rewritten.", 3, "s".repeat(101), "member", NOW)))
        .as("refused, not cut to 100 characters")
        .isEqualTo(ConsultationRefused.Code.TEXT_TOO_LONG);
    assertThat(
            refusal(
                () -> comment.respond(ResponseOutcome.ACCEPTED, "Rewritten.", 0, "4", "m", NOW)))
        .isEqualTo(ConsultationRefused.Code.VERSION_UNKNOWN);
    assertThat(comment.isAnswered()).isFalse();
    comment.respond(ResponseOutcome.ACCEPTED, "Rewritten.", 3, "4", "member", NOW);
    assertThat(comment.isAnswered()).isTrue();
    assertThat(comment.getResolvedVersion()).isEqualTo(3);
    assertThat(comment.getResolvedSection()).isEqualTo("4");
  }
}
