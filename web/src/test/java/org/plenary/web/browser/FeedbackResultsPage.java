package org.plenary.web.browser;

import java.net.URI;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The secretariat's feedback results of a meeting. */
public final class FeedbackResultsPage extends PlenaryPage {
  static final String PATH = "secretariat/feedback/results.xhtml?meeting=";

  private FeedbackResultsPage(WebDriver driver, URI base) {
    super(driver, base);
  }

  public static void request(WebDriver driver, URI base, String meeting) {
    PlenaryPage.visit(driver, base, PATH + meeting);
  }

  public static FeedbackResultsPage showing(WebDriver driver, URI base) {
    FeedbackResultsPage page = new FeedbackResultsPage(driver, base);
    page.await().until(ExpectedConditions.presenceOfElementLocated(By.id("comparison")));
    return page;
  }

  /** The summary line of a session: "1 ratings, average 4.0". */
  public String sessionSummary(int index) {
    return section("session" + index).findElement(By.cssSelector(".feedback-summary")).getText();
  }

  /** The rows of the table beside a session's chart: "rating count". */
  public List<String> sessionTable(int index) {
    return rows(driver.findElement(By.id("sessionTable" + index)));
  }

  /** The accessible name of a session's chart, once Chart.js has drawn it. */
  public String sessionChartLabel(int index) {
    WebElement canvas = section("session" + index).findElement(By.tagName("canvas"));
    await().until(d -> canvas.getAttribute("width") != null);
    return canvas.getAttribute("aria-label");
  }

  /** The rows of the table beside a form question's chart, by the question's heading. */
  public List<String> questionTable(String question) {
    WebElement heading =
        driver.findElement(By.xpath("//h4[normalize-space(.)='" + question + "']"));
    WebElement table =
        heading.findElement(
            By.xpath("following-sibling::*[1]//table | following-sibling::*[2]//table"));
    return rows(table);
  }

  /** Shows the written answers of a source chosen by (part of) its name in the list. */
  public List<String> writtenAnswers(String source) {
    Select select = new Select(driver.findElement(By.id("textsForm:source")));
    String option =
        select.getOptions().stream()
            .map(WebElement::getText)
            .filter(text -> text.contains(source))
            .findFirst()
            .orElseThrow();
    select.selectByVisibleText(option);
    awaitAjax();
    return driver.findElements(By.cssSelector("#textsForm\\:texts_data .free-text")).stream()
        .map(WebElement::getText)
        .toList();
  }

  private WebElement section(String headingId) {
    return driver.findElement(By.xpath("//section[@aria-labelledby='" + headingId + "']"));
  }

  private static List<String> rows(WebElement table) {
    return table.findElements(By.cssSelector("tbody tr")).stream()
        .map(row -> row.getText().replaceAll("\\s+", " ").strip())
        .toList();
  }
}
