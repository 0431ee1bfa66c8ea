package org.plenary.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.web.browser.Accessibility.assertAccessible;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plenary.web.it.Api;
import org.plenary.web.rest.consultations.ConsultationFixtures;

/**
 * Search, statistics, the draft tracker and campaigns in the browser: a visitor finds a comment by
 * a word and sees it marked, reads a consultation's statistics and the tracker; the drafter answers
 * a campaign of three copies at once. Every page is checked with axe.
 */
class ConsultationInsightBrowserIT extends BrowserTest {
  @Test
  void aVisitorSearchesReadsStatisticsAndTheTrackerAndTheDrafterAnswersACampaign() {
    long id = ConsultationFixtures.draft(url, "it-insight").openNow("Insight consultation");
    Api delegate = Api.asDemo(url, "delegate");
    for (String text :
        new String[] {
          "Please add a glossary of flumoxity terms.",
          "please add a GLOSSARY of flumoxity terms",
          "Please, add a glossary of flumoxity terms!"
        }) {
      delegate.post(
          "api/consultations/" + id + "/comments",
          "{\"text\":\"" + text + "\",\"section\":1,\"category\":\"ngo\",\"country\":\"EE\"}",
          Map.of());
    }

    ConsultationInsightPages pages = new ConsultationInsightPages(driver, base).openSearch();
    assertAccessible(driver);
    pages.search("flumoxity", "NGO");
    assertThat(pages.snippets())
        .hasSize(3)
        .allSatisfy(s -> assertThat(s).contains("<mark>flumoxity</mark>"));
    assertAccessible(driver);

    pages.openStatistics(id);
    assertThat(pages.statisticsRows("byCountry")).containsExactly("EE 3");
    assertThat(pages.statisticsRows("bySection")).containsExactly("1. Purpose 3");
    assertAccessible(driver);

    pages.openTracker();
    assertAccessible(driver);

    LoginPage.openFrom(driver, base, "/consultations/manage/campaigns.xhtml?id=" + id)
        .signInAs("member", LoginPage.DEMO_PASSWORD);
    pages.awaitCampaigns();
    assertThat(pages.campaignCounts()).containsExactly("one text × 3");
    assertAccessible(driver);
    assertThat(pages.answerFirstCampaign("NOTED", "A glossary is planned.")).contains("3 comments");
    assertAccessible(driver);
  }
}
