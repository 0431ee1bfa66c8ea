package org.plenary.web.browser;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The public history of an agenda: its published versions and what changed between two. */
public final class AgendaHistoryPage extends PlenaryPage {
  private AgendaHistoryPage(WebDriver driver, URI base) {
    super(driver, base);
  }

  static AgendaHistoryPage showing(WebDriver driver, URI base) {
    AgendaHistoryPage page = new AgendaHistoryPage(driver, base);
    page.await().until(ExpectedConditions.presenceOfElementLocated(By.id("versionList")));
    return page;
  }

  /** The versions listed, newest first, as "number label". */
  public List<String> versions() {
    return driver.findElements(By.cssSelector("#versionList tbody tr")).stream()
        .map(
            row ->
                row.findElement(By.className("version-number")).getText()
                    + " "
                    + row.findElement(By.className("version-label")).getText())
        .toList();
  }

  public String changesHeading() {
    return driver.findElement(By.id("changesHeading")).getText();
  }

  /** The changes shown, by group heading. */
  public Map<String, List<String>> changes() {
    return changes(driver);
  }

  /** The changes a page shows (the agenda-changes include), by group heading. */
  static Map<String, List<String>> changes(WebDriver driver) {
    Map<String, List<String>> groups = new LinkedHashMap<>();
    for (WebElement group : driver.findElements(By.cssSelector("section.change-group"))) {
      groups.put(
          group.findElement(By.tagName("h4")).getText(),
          group.findElements(By.cssSelector(".change-text")).stream()
              .map(WebElement::getText)
              .toList());
    }
    return groups;
  }
}
