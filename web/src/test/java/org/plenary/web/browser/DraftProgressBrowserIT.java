package org.plenary.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.web.browser.Accessibility.assertAccessible;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.web.it.Api;
import org.plenary.web.rest.consultations.ConsultationFixtures;

/**
 * A visitor follows drafts in preparation: finds them in the tracker by words and stage, downloads
 * the list as CSV, reads a draft's progress and its public versions, and what changed between them,
 * in English and French. Every page is checked with axe.
 */
class DraftProgressBrowserIT extends BrowserTest {
  static final String ADOPTED = "Principles of it-progress-a";
  static final String SHARED = "Principles of it-progress-b";

  @Test
  void aVisitorFindsADraftFollowsItsProgressAndReadsWhatChanged() {
    Api member = Api.asDemo(url, "member");
    ConsultationFixtures adopted = ConsultationFixtures.draft(url, "it-progress-a");
    long sharedOnly = ConsultationFixtures.draft(url, "it-progress-b").draftId();
    long id = adopted.draftId();
    assertThat(member.post("api/drafts/" + id + "/sharing", null).statusCode()).isEqualTo(200);
    assertThat(member.post("api/drafts/" + sharedOnly + "/sharing", null).statusCode())
        .isEqualTo(200);
    adopted.openNow("Progress consultation");
    adopted.secondVersion("Openness, once-only, inclusion, zephyrine.");
    assertThat(member.post("api/drafts/" + id + "/final", null).statusCode()).isEqualTo(200);

    DraftProgressPages pages = new DraftProgressPages(driver, base).openTracker();
    assertAccessible(driver);
    pages.filterTitles("it-progress", List.of(ADOPTED, SHARED));
    pages.sortByTitle("ascending", List.of(ADOPTED, SHARED));
    pages.sortByTitle("descending", List.of(SHARED, ADOPTED));
    pages.filterStage("Final", List.of(ADOPTED));
    String csv = pages.downloadCsv("stage=FINAL");
    assertThat(csv.lines().toList())
        .hasSize(2)
        .last()
        .asString()
        .startsWith(id + "," + ADOPTED + ",Group it-progress-a,FINAL,FINAL,");
    assertAccessible(driver);

    pages.openDraft(ADOPTED);
    assertThat(pages.heading()).isEqualTo(ADOPTED);
    assertThat(pages.stage()).isEqualTo("Final");
    List<String> progress = pages.progress();
    assertThat(progress).hasSize(4);
    assertThat(progress.get(0)).contains("Public consultation on version 1 opened");
    assertThat(progress.get(1)).contains("Shared with the delegates");
    assertThat(progress.get(2)).contains("Adopted: version 2 is final");
    assertThat(progress.get(3)).contains("(planned)").contains("Public consultation closes");
    assertThat(pages.versionHeading()).isEqualTo("Text of version 2");
    assertThat(pages.sectionHeadings())
        .containsExactly("1. Purpose", "2. Principles", "3. Final words");
    assertAccessible(driver);

    pages.openChanges();
    assertThat(pages.heading()).isEqualTo("Changes from version 1 to version 2");
    assertThat(pages.insertedText()).contains("zephyrine");
    assertAccessible(driver);

    pages.backToDraft().showVersion("Version 1");
    assertThat(pages.versionHeading()).isEqualTo("Text of version 1");
    pages.switchLanguageTo("fr");
    assertThat(pages.versionHeading()).isEqualTo("Texte de la version 1");
    assertThat(pages.progress().get(0)).contains("Consultation publique ouverte sur la version 1");
    assertAccessible(driver);
  }
}
