package org.plenary.core.drafts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordDiffTest {
  private static String render(List<WordDiff.Segment> segments) {
    return String.join(" ", segments.stream().map(WordDiff.Segment::toString).toList());
  }

  @Test
  void marksReplacedWordsAsADeletionThenAnInsertion() {
    assertThat(render(WordDiff.between("the quick brown fox", "the slow brown fox")))
        .isEqualTo("the [-quick-] {+slow+} brown fox");
  }

  @Test
  void marksWordsAddedAtTheEndAndRemovedAtTheStart() {
    assertThat(render(WordDiff.between("a b c", "b c d"))).isEqualTo("[-a-] b c {+d+}");
  }

  @Test
  void ignoresSpacingAndGivesOneSegmentForIdenticalText() {
    List<WordDiff.Segment> same = WordDiff.between("one  two\nthree", "one two three");

    assertThat(same).hasSize(1);
    assertThat(same.get(0).isSame()).isTrue();
    assertThat(WordDiff.sameWords("one  two", "one two")).isTrue();
  }

  @Test
  void handlesEmptyTexts() {
    assertThat(WordDiff.between("", "")).isEmpty();
    assertThat(render(WordDiff.between("", "new text"))).isEqualTo("{+new text+}");
    assertThat(render(WordDiff.between("old text", ""))).isEqualTo("[-old text-]");
  }
}
