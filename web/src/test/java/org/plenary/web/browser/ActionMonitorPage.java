package org.plenary.web.browser;

import java.net.URI;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The public commitments monitor. */
public final class ActionMonitorPage extends PlenaryPage {
  static final String PATH = "monitor/actions.xhtml";

  private ActionMonitorPage(WebDriver driver, URI base) {
    super(driver, base);
  }

  public static ActionMonitorPage open(WebDriver driver, URI base, String meeting) {
    PlenaryPage.visit(driver, base, PATH + "?meeting=" + meeting);
    ActionMonitorPage page = new ActionMonitorPage(driver, base);
    page.await().until(ExpectedConditions.presenceOfElementLocated(By.id("monitor:actions")));
    return page;
  }

  /** The table's rows as text, one line per row. */
  public List<String> rows() {
    return driver.findElements(By.cssSelector("#monitor\\:actions tbody tr")).stream()
        .map(WebElement::getText)
        .map(t -> t.replace('\n', ' '))
        .toList();
  }

  /** The rows of the status-count table of the first meeting shown: "status count". */
  public List<String> counts() {
    return driver.findElements(By.cssSelector("#countsTable0 tbody tr")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** Downloads the CSV through the page's link (it carries the filters applied). */
  public String downloadCsv() {
    return fetchText(driver.findElement(By.id("monitor:exportCsv")).getAttribute("href"));
  }

  public ActionMonitorPage showOverdueOnly() {
    new Select(driver.findElement(By.id("monitor:overdue"))).selectByValue("true");
    driver.findElement(By.id("monitor:apply")).click();
    awaitAjax();
    return this;
  }
}
