package org.plenary.web.browser;

import java.net.URI;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The secretariat's audit log. */
public final class AuditLogPage extends PlenaryPage {
  static final String PATH = "secretariat/audit/list.xhtml";
  private static final By ROWS = By.cssSelector("#auditForm\\:entries_data > tr[data-ri]");

  /** One line of the log as the table shows it. */
  public record Entry(String time, String actor, String action, String objectType) {}

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

  /** Types into the filter of the Action column and waits for the table to be filtered. */
  public AuditLogPage filterByAction(String prefix) {
    WebElement filter =
        driver.findElement(By.cssSelector("#auditForm\\:entries\\:action input.ui-column-filter"));
    filter.sendKeys(prefix);
    await().until(d -> entries().stream().allMatch(entry -> entry.action().startsWith(prefix)));
    awaitAjax();
    return this;
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
        cellText(cells.get(2)),
        cellText(cells.get(3)));
  }
}
