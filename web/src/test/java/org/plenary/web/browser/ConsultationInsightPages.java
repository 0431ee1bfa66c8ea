package org.plenary.web.browser;

import java.net.URI;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The pages that look across consultations: the search, a consultation's statistics, the public
 * draft tracker, and the drafter's campaigns page.
 */
public final class ConsultationInsightPages extends PlenaryPage {
  public ConsultationInsightPages(WebDriver driver, URI base) {
    super(driver, base);
  }

  public ConsultationInsightPages openSearch() {
    visit(driver, base, "consultations/search.xhtml");
    await().until(ExpectedConditions.presenceOfElementLocated(By.id("searchForm:q")));
    return this;
  }

  /** Types the words, picks a respondent category (its enum name, or null) and searches. */
  public ConsultationInsightPages search(String words, String category) {
    WebElement q = driver.findElement(By.id("searchForm:q"));
    q.clear();
    q.sendKeys(words);
    if (category != null) {
      new Select(driver.findElement(By.id("searchForm:category"))).selectByValue(category);
    }
    click(By.id("searchForm:search"));
    await().until(ExpectedConditions.presenceOfElementLocated(By.id("searchForm:results")));
    return this;
  }

  /** The snippets of the results, as their inner HTML. */
  public List<String> snippets() {
    return driver.findElements(By.cssSelector(".search-snippet")).stream()
        .map(e -> e.getAttribute("innerHTML"))
        .toList();
  }

  public ConsultationInsightPages openStatistics(long id) {
    visit(driver, base, "consultations/statistics.xhtml?id=" + id);
    await().until(ExpectedConditions.presenceOfElementLocated(By.id("total")));
    return this;
  }

  /** The rows of a statistics table ({@code byCategory}, ...), as "label count". */
  public List<String> statisticsRows(String table) {
    return driver.findElements(By.cssSelector("#" + table + "Table tbody tr")).stream()
        .map(WebElement::getText)
        .toList();
  }

  public ConsultationInsightPages openTracker() {
    visit(driver, base, "consultations/tracker.xhtml");
    await().until(ExpectedConditions.presenceOfElementLocated(By.id("trackerForm:drafts")));
    return this;
  }

  public List<String> trackedTitles() {
    return driver.findElements(By.cssSelector(".tracker-title")).stream()
        .map(WebElement::getText)
        .toList();
  }

  public ConsultationInsightPages awaitCampaigns() {
    await().until(ExpectedConditions.presenceOfElementLocated(By.id("campaignsForm:campaigns")));
    return this;
  }

  /** The groups' counts as shown ("one text × 3"). */
  public List<String> campaignCounts() {
    return driver.findElements(By.cssSelector(".campaign-count")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** Answers the first group; returns the message shown. */
  public String answerFirstCampaign(String outcome, String justification) {
    click(By.id("campaignsForm:campaigns:0:answer"));
    await().until(ExpectedConditions.visibilityOfElementLocated(By.id("answerForm:outcome")));
    new Select(driver.findElement(By.id("answerForm:outcome"))).selectByValue(outcome);
    driver.findElement(By.id("answerForm:justification")).sendKeys(justification);
    click(By.id("answerForm:answerConfirm"));
    await()
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#campaignsAlert .message-info")));
    return driver.findElement(By.id("campaignsAlert")).getText();
  }
}
