package org.plenary.web.browser;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The secretariat's page of an agenda's versions: publish, the list, what changed. */
public final class AgendaVersionsPage extends PlenaryPage {
  private AgendaVersionsPage(WebDriver driver, URI base) {
    super(driver, base);
  }

  /** The address of the page for the meeting with this slug. */
  public static String path(String slug) {
    return "secretariat/meetings/versions.xhtml?slug=" + slug;
  }

  public static AgendaVersionsPage open(WebDriver driver, URI base, String slug) {
    PlenaryPage.visit(driver, base, path(slug));
    return showing(driver, base);
  }

  public static AgendaVersionsPage showing(WebDriver driver, URI base) {
    AgendaVersionsPage page = new AgendaVersionsPage(driver, base);
    page.await().until(ExpectedConditions.presenceOfElementLocated(By.id("publishForm")));
    return page;
  }

  /** The label the form holds, as suggested or typed. */
  public String label() {
    return driver.findElement(By.id("publishForm:label")).getAttribute("value");
  }

  /** Publishes with this label, or with the suggested one when null; waits for the answer. */
  public AgendaVersionsPage publish(String label) {
    WebElement field = driver.findElement(By.id("publishForm:label"));
    if (label != null) {
      field.clear();
      field.sendKeys(label);
    }
    WebElement button = driver.findElement(By.id("publishForm:publish"));
    button.click();
    awaitAjax();
    awaitGone(button);
    return this;
  }

  /** The messages above the publishing form (done, or refused for the whole draft). */
  public List<String> publishMessages() {
    return texts(By.cssSelector("#publishForm\\:publishMessages li"));
  }

  /** The message beside the label field, or "" when there is none. */
  public String labelMessage() {
    return driver.findElement(By.id("publishForm:labelMessage")).getText();
  }

  /** The rows of the versions table, newest first, as "number label by". */
  public List<String> versions() {
    return driver.findElements(By.cssSelector("#versionsForm\\:versions_data tr")).stream()
        .filter(row -> !row.findElements(By.cssSelector(".version-number")).isEmpty())
        .map(
            row ->
                row.findElement(By.cssSelector(".version-number")).getText()
                    + " "
                    + row.findElement(By.cssSelector(".version-label")).getText()
                    + " "
                    + row.findElement(By.cssSelector(".version-by")).getText())
        .toList();
  }

  /** Picks two versions (by the text of their choice, such as "Current draft") and compares. */
  public AgendaVersionsPage compare(String from, String to) {
    new Select(driver.findElement(By.id("compareForm:from"))).selectByVisibleText(from);
    new Select(driver.findElement(By.id("compareForm:to"))).selectByVisibleText(to);
    WebElement button = driver.findElement(By.id("compareForm:compare"));
    button.click();
    awaitAjax();
    awaitGone(button);
    return this;
  }

  public String changesHeading() {
    return driver.findElement(By.id("changesHeading")).getText();
  }

  /** What changed, by group heading, each change's sentence in the page's order. */
  public Map<String, List<String>> changes() {
    return AgendaHistoryPage.changes(driver);
  }

  private List<String> texts(By locator) {
    return driver.findElements(locator).stream().map(WebElement::getText).toList();
  }
}
