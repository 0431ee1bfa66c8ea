package org.plenary.web.browser;

import java.net.URI;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The secretariat's audit log. */
public final class AuditLogPage extends PlenaryPage {
  static final String PATH = "secretariat/audit/list.xhtml";
  private static final By ROWS = By.cssSelector("#auditForm\\:entries_data > tr[data-ri]");

  /**
   * One line of the log as the table shows it: the action and the object type in words, each with
   * its code below (empty when the words are the code, for a code no action has any more).
   */
  public record Entry(
      String time,
      String actor,
      String action,
      String actionCode,
      String objectType,
      String objectTypeCode) {}

  private AuditLogPage(WebDriver driver, URI base) {
    super(driver, base);
  }

  /** Asks for the audit log; who gets it depends on who is signed in. */
  public static void request(WebDriver driver, URI base) {
    PlenaryPage.visit(driver, base, PATH);
  }

  public static AuditLogPage showing(WebDriver driver, URI base) {
    AuditLogPage page = new AuditLogPage(driver, base);
    page.await().until(ExpectedConditions.presenceOfElementLocated(By.id("auditForm:entries")));
    return page;
  }

  public List<Entry> entries() {
    return driver.findElements(ROWS).stream().map(AuditLogPage::entry).toList();
  }

  /** Chooses an action, by its words, in the Action column's filter; waits for the table. */
  public AuditLogPage filterByAction(String words) {
    new Select(filter("action")).selectByVisibleText(words);
    await().until(d -> entries().stream().allMatch(entry -> entry.action().equals(words)));
    awaitAjax();
    return this;
  }

  /** The choices of the Action column's filter, in their order. */
  public List<String> actionChoices() {
    return new Select(filter("action"))
        .getOptions().stream().map(WebElement::getText).map(String::strip).toList();
  }

  private WebElement filter(String column) {
    return driver.findElement(By.id("auditForm:entries:" + column + "Filter"));
  }

  /**
   * Downloads the CSV export through the page's link, in the browser's session, once the link
   * carries the filter typed (it is rendered anew after the filtered page).
   */
  public String downloadCsv(String filterInLink) {
    awaitAjax();
    await()
        .ignoring(StaleElementReferenceException.class)
        .until(
            d ->
                d.findElement(By.id("auditForm:exportCsv"))
                    .getAttribute("href")
                    .contains(filterInLink));
    return fetchText(driver.findElement(By.id("auditForm:exportCsv")).getAttribute("href"));
  }

  /** Sorts by time, oldest first (the column sorts newest first to begin with). */
  public AuditLogPage sortOldestFirst() {
    WebElement header = driver.findElement(By.id("auditForm:entries:occurredAt"));
    header.click();
    await().until(ExpectedConditions.attributeToBe(header, "aria-sort", "ascending"));
    awaitAjax();
    return this;
  }

  private static Entry entry(WebElement row) {
    List<WebElement> cells = row.findElements(By.tagName("td"));
    return new Entry(
        cellText(cells.get(0)),
        cellText(cells.get(1)),
        words(cells.get(2)),
        code(cells.get(2)),
        words(cells.get(3)),
        code(cells.get(3)));
  }

  private static String words(WebElement cell) {
    return cell.findElement(By.className("audit-words")).getText().strip();
  }

  private static String code(WebElement cell) {
    return cell.findElements(By.className("audit-code")).stream()
        .map(code -> code.getText().strip())
        .findFirst()
        .orElse("");
  }
}
