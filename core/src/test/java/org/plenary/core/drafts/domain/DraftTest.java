package org.plenary.core.drafts.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.plenary.core.drafts.domain.Drafts.NOW;
import static org.plenary.core.drafts.domain.Drafts.section;
import static org.plenary.core.drafts.domain.Drafts.write;

import java.util.List;
import org.junit.jupiter.api.Test;

class DraftTest {
  @Test
  void numbersVersionsFromOneAndKeepsEachVersionsSections() {
    Draft draft = Drafts.handbook();

    DraftVersion first = write(draft, section(null, "Introduction", "<p>Digital government</p>"));
    DraftVersion second =
        write(
            draft,
            section("s1", "Introduction", "<p>Digital government for all</p>"),
            section(null, "Framework", "<p>Six facets</p>"));

    assertThat(first.getNumber()).isEqualTo(1);
    assertThat(second.getNumber()).isEqualTo(2);
    assertThat(draft.getLatestVersion()).isEqualTo(2);
    assertThat(first.getSections())
        .extracting(DraftSection::getBody)
        .containsExactly("<p>Digital government</p>");
    assertThat(second.getSections()).extracting(DraftSection::getKey).containsExactly("s1", "s2");
    assertThat(first.getAuthorName()).isEqualTo("Luc Martin");
  }

  @Test
  void refusesAVersionBasedOnAnOlderOneAndSavesNothing() {
    Draft draft = Drafts.handbook();
    write(draft, section(null, "Introduction", "one"));
    write(draft, section("s1", "Introduction", "two"));

    assertThatThrownBy(
            () ->
                draft.write(
                    1,
                    List.of(section("s1", "Introduction", "mine")),
                    "delegate",
                    "Mari",
                    null,
                    NOW))
        .isInstanceOfSatisfying(
            DraftChangedMeanwhile.class,
            stale -> {
              assertThat(stale.baseVersion()).isEqualTo(1);
              assertThat(stale.latestVersion()).isEqualTo(2);
            });
    assertThat(draft.getLatestVersion()).isEqualTo(2);
  }

  @Test
  void givesNewKeysToUnknownOrRepeatedKeys() {
    Draft draft = Drafts.handbook();
    write(draft, section(null, "A", "a"));

    DraftVersion next =
        write(draft, section("s1", "A", "a"), section("s1", "B", "b"), section("s99", "C", "c"));

    assertThat(next.getSections())
        .extracting(DraftSection::getKey)
        .containsExactly("s1", "s2", "s3");
  }

  @Test
  void refusesAVersionWithoutSectionsOrWithoutAHeading() {
    Draft draft = Drafts.handbook();

    assertThatThrownBy(() -> draft.write(0, List.of(), "m", "M", null, NOW))
        .isInstanceOfSatisfying(
            DraftRefused.class, r -> assertThat(r.rule()).isEqualTo(DraftRefused.Rule.NO_SECTIONS));
    assertThatThrownBy(() -> write(draft, section(null, "  ", "text")))
        .isInstanceOfSatisfying(
            DraftRefused.class,
            r -> assertThat(r.rule()).isEqualTo(DraftRefused.Rule.HEADING_MISSING));
    assertThat(draft.getLatestVersion()).isZero();
  }

  @Test
  void sanitizesTheBodyOfEverySection() {
    Draft draft = Drafts.handbook();

    DraftVersion version =
        write(draft, section(null, "Intro", "<p onclick=\"x()\">Hi<script>alert(1)</script></p>"));

    assertThat(version.getSections().get(0).getBody()).isEqualTo("<p>Hi</p>");
  }

  @Test
  void keepsAStatusTrailFromWorkingDraftToFinal() {
    Draft draft = Drafts.handbook();
    write(draft, section(null, "Intro", "text"));

    draft.shareWithDelegates(NOW, "member");
    draft.openConsultation(NOW.plusSeconds(60), "secretariat");
    draft.finalise(NOW.plusSeconds(120), "member");

    assertThat(draft.getStatus()).isEqualTo(DraftStatus.FINAL);
    assertThat(draft.getTrail())
        .extracting(StatusChange::getStatus)
        .containsExactly(
            DraftStatus.WORKING_DRAFT,
            DraftStatus.SHARED_WITH_DELEGATES,
            DraftStatus.IN_CONSULTATION,
            DraftStatus.FINAL);
    assertThat(draft.getTrail().get(2).getChangedBy()).isEqualTo("secretariat");
    assertThatThrownBy(() -> write(draft, section("s1", "Intro", "more")))
        .isInstanceOfSatisfying(
            DraftRefused.class,
            r -> assertThat(r.rule()).isEqualTo(DraftRefused.Rule.DRAFT_IS_FINAL));
  }

  @Test
  void refusesToShareTwiceOrToGoBack() {
    Draft draft = Drafts.handbook();
    write(draft, section(null, "Intro", "text"));
    draft.openConsultation(NOW, "secretariat");

    assertThatThrownBy(() -> draft.shareWithDelegates(NOW, "member"))
        .isInstanceOf(DraftRefused.class);
    assertThat(draft.getTrail()).hasSize(2);
  }
}
