package org.plenary.core.drafts.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.core.drafts.domain.Drafts.section;
import static org.plenary.core.drafts.domain.Drafts.write;

import org.junit.jupiter.api.Test;
import org.plenary.core.drafts.domain.DraftComparison.Change;
import org.plenary.core.drafts.domain.DraftComparison.SectionComparison;

class DraftComparisonTest {
  @Test
  void comparesSectionsByKeyAcrossReorderingAdditionAndRemoval() {
    Draft draft = Drafts.handbook();
    DraftVersion one =
        write(
            draft,
            section(null, "Introduction", "<p>governance matters</p>"),
            section(null, "Scope", "<p>All levels</p>"),
            section(null, "Annex", "<p>Old annex</p>"));
    DraftVersion two =
        write(
            draft,
            section("s2", "Scope", "<p>All levels</p>"),
            section("s1", "Introduction", "<p>Good governance matters</p>"),
            section(null, "Glossary", "<p>Terms</p>"));

    DraftComparison comparison = DraftComparison.of(one, two);

    assertThat(comparison.getSections())
        .extracting(SectionComparison::getKey, SectionComparison::getChange)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("s2", Change.MOVED),
            org.assertj.core.groups.Tuple.tuple("s1", Change.CHANGED),
            org.assertj.core.groups.Tuple.tuple("s4", Change.ADDED),
            org.assertj.core.groups.Tuple.tuple("s3", Change.REMOVED));
    SectionComparison intro = comparison.getSections().get(1);
    assertThat(intro.getNumberBefore()).isEqualTo(1);
    assertThat(intro.getNumberAfter()).isEqualTo(2);
    assertThat(intro.getBody())
        .extracting(WordDiff.Segment::toString)
        .containsExactly("{+Good+}", "governance matters");
    assertThat(intro.getBodyBefore())
        .extracting(WordDiff.Segment::toString)
        .containsExactly("governance matters");
    assertThat(comparison.getFrom()).isEqualTo(1);
    assertThat(comparison.getTo()).isEqualTo(2);
  }

  @Test
  void findsNoChangeInAnIdenticalVersion() {
    Draft draft = Drafts.handbook();
    DraftVersion one = write(draft, section(null, "Intro", "<p>Same</p>"));
    DraftVersion two = write(draft, section("s1", "Intro", "<p>Same</p>"));

    assertThat(DraftComparison.of(one, two).getChangedSections()).isEmpty();
  }
}
