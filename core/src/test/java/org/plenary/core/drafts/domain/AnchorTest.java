package org.plenary.core.drafts.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.plenary.core.drafts.domain.Drafts.NOW;
import static org.plenary.core.drafts.domain.Drafts.section;
import static org.plenary.core.drafts.domain.Drafts.write;

import org.junit.jupiter.api.Test;

class AnchorTest {
  private final Draft draft = Drafts.handbook();
  private final DraftVersion version =
      write(
          draft,
          section(null, "Introduction", "<p>Digital <strong>government</strong> for all.</p>"),
          section(null, "Framework", "<p>Six facets; the six facets\n  of  a government.</p>"));

  @Test
  void anchorsToAWholeSectionByItsKey() {
    Anchor anchor = Anchor.in(version, "s2", "  ", null);
    assertThat(anchor.getSectionKey()).isEqualTo("s2");
    assertThat(anchor.getQuote()).isNull();
    assertThat(anchor.getStart()).isNull();
  }

  @Test
  void findsAQuotedPassageInThePlainTextEvenAcrossMarkupAndSpaces() {
    Anchor anchor = Anchor.in(version, "s1", "Digital government", null);
    assertThat(anchor.getQuote()).isEqualTo("Digital government");
    assertThat(anchor.getStart()).isZero();
    assertThat(anchor.getEnd()).isEqualTo(18);

    Anchor loose = Anchor.in(version, "s2", "facets of a\ngovernment", null);
    assertThat(loose.getQuote()).isEqualTo("facets of a government");
  }

  @Test
  void keepsTheOccurrenceTheClientPointedAtAndOtherwiseTheFirst() {
    Anchor second = Anchor.in(version, "s2", "six facets", 16);
    assertThat(second.getStart()).isEqualTo(16);
    Anchor wrongOffset = Anchor.in(version, "s2", "facets", 2);
    assertThat(wrongOffset.getStart()).isEqualTo(4);
  }

  @Test
  void refusesAnUnknownSectionOrAPassageNotInIt() {
    assertThatThrownBy(() -> Anchor.in(version, "s9", null, null))
        .isInstanceOfSatisfying(
            CommentRefused.class,
            r -> assertThat(r.rule()).isEqualTo(CommentRefused.Rule.UNKNOWN_SECTION));
    assertThatThrownBy(() -> Anchor.in(version, "s1", "Six facets", null))
        .isInstanceOfSatisfying(
            CommentRefused.class,
            r -> assertThat(r.rule()).isEqualTo(CommentRefused.Rule.PASSAGE_NOT_IN_SECTION));
  }

  @Test
  void threadsStayWithTheirSectionKeyAndRepliesJoinTheThread() {
    DraftComment thread =
        DraftComment.open(
            version, Anchor.in(version, "s2", null, null), "luc", "Luc", "Why six?", NOW);
    write(draft, section("s2", "Framework", "<p>Seven facets.</p>"));
    DraftComment reply = thread.reply("ana", "Ana", "One more.", NOW);
    DraftComment replyToReply = reply.reply("luc", "Luc", "Fine.", NOW);

    assertThat(reply.getThread()).isSameAs(thread);
    assertThat(replyToReply.getThread()).isSameAs(thread);
    assertThat(reply.getAnchor().getSectionKey()).isEqualTo("s2");
    assertThat(reply.getVersionNumber()).isEqualTo(2);
    assertThatThrownBy(() -> reply.changeState(DraftComment.State.RESOLVED, "ana", NOW))
        .isInstanceOf(CommentRefused.class);
    thread.changeState(DraftComment.State.RESOLVED, "luc", NOW);
    assertThat(thread.isResolved()).isTrue();
    thread.changeState(DraftComment.State.OPEN, "luc", NOW);
    assertThat(thread.isResolved()).isFalse();
    assertThatThrownBy(() -> thread.reply("ana", "Ana", " ", NOW))
        .isInstanceOfSatisfying(
            CommentRefused.class,
            r -> assertThat(r.rule()).isEqualTo(CommentRefused.Rule.TEXT_MISSING));
  }
}
