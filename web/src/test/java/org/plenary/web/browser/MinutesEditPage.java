package org.plenary.web.browser;

import java.net.URI;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The secretariat's minutes of a meeting, one form per agenda item. */
public final class MinutesEditPage extends PlenaryPage {
  static final String PATH = "secretariat/minutes/edit.xhtml?slug=";

  private MinutesEditPage(WebDriver driver, URI base) {
    super(driver, base);
  }

  public static MinutesEditPage open(WebDriver driver, URI base, String slug) {
    PlenaryPage.visit(driver, base, PATH + slug);
    return showing(driver, base);
  }

  public static MinutesEditPage showing(WebDriver driver, URI base) {
    MinutesEditPage page = new MinutesEditPage(driver, base);
    page.await().until(ExpectedConditions.presenceOfElementLocated(By.id("items:0:item:summary")));
    return page;
  }

  private WebElement field(int item, String name) {
    return driver.findElement(By.id("items:" + item + ":item:" + name));
  }

  /** Types into an item's summary and waits for the autosave (no button pressed). */
  public MinutesEditPage typeSummary(int item, String text) {
    String before = status(item);
    field(item, "summary").sendKeys(text);
    await().until(d -> !status(item).equals(before) && status(item).startsWith("Saved at"));
    return this;
  }

  /** Types an answer to an item's key question without waiting. */
  public MinutesEditPage typeAnswer(int item, int question, String text) {
    driver
        .findElement(By.id("items:" + item + ":item:answers:" + question + ":answer"))
        .sendKeys(text);
    return this;
  }

  /** Types into an item's decisions and presses its save button; answers the status line. */
  public String typeDecisionsAndSave(int item, String text) {
    field(item, "decisions").sendKeys(text);
    field(item, "save").click();
    awaitAjax();
    await().until(d -> status(item).startsWith("Saved at") || !error(item).isEmpty());
    return status(item);
  }

  public String summary(int item) {
    return field(item, "summary").getAttribute("value");
  }

  public String answer(int item, int question) {
    return driver
        .findElement(By.id("items:" + item + ":item:answers:" + question + ":answer"))
        .getAttribute("value");
  }

  public String decisions(int item) {
    return field(item, "decisions").getAttribute("value");
  }

  /** The item's refusal, or empty. */
  public String error(int item) {
    return driver.findElements(By.id("items:" + item + ":item:error")).stream()
        .map(WebElement::getText)
        .findFirst()
        .orElse("");
  }

  /** The item's status line: when and by whom it was last saved, or a refusal. */
  public String status(int item) {
    return field(item, "status").getText().strip();
  }
}
