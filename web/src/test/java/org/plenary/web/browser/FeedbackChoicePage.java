package org.plenary.web.browser;

import java.net.URI;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The feedback page without a meeting: the meetings one is registered for, and for the secretariat
 * every published meeting with its results and forms.
 */
public final class FeedbackChoicePage extends PlenaryPage {
  static final String PATH = "me/feedback.xhtml";

  private FeedbackChoicePage(WebDriver driver, URI base) {
    super(driver, base);
  }

  public static FeedbackChoicePage showing(WebDriver driver, URI base) {
    FeedbackChoicePage page = new FeedbackChoicePage(driver, base);
    page.await().until(ExpectedConditions.presenceOfElementLocated(By.id("chooseForm:myMeetings")));
    return page;
  }

  /** The titles of the meetings one is registered for, as listed. */
  public List<String> myMeetings() {
    return texts(By.cssSelector("#chooseForm\\:myMeetings .feedback-meeting"));
  }

  /** The table's row texts of the meetings one is registered for (the empty message if none). */
  public List<String> myMeetingRows() {
    return texts(By.cssSelector("#chooseForm\\:myMeetings tbody tr"));
  }

  public boolean listsPublishedMeetings() {
    return !driver.findElements(By.id("chooseForm:publishedMeetings")).isEmpty();
  }

  /** The titles of the published meetings on the table's page. */
  public List<String> publishedMeetings() {
    return texts(By.cssSelector("#chooseForm\\:publishedMeetings .feedback-published"));
  }

  /** Types into the published meetings' title filter and waits for these titles. */
  public FeedbackChoicePage filterPublished(String text, List<String> expected) {
    typeFilter(By.id("chooseForm:publishedMeetings:title"), text);
    awaitTexts(this::publishedMeetings, expected);
    return this;
  }

  /** Follows the results link of the first published meeting on the page. */
  public void openFirstResults() {
    click(By.cssSelector("#chooseForm\\:publishedMeetings a[href*='feedback/results.xhtml']"));
  }

  private List<String> texts(By locator) {
    return driver.findElements(locator).stream().map(WebElement::getText).toList();
  }
}
