package org.plenary.web.browser;

import java.net.URI;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** A participant's view of the circulated minutes, with the form that proposes a correction. */
public final class CirculatedMinutesPage extends PlenaryPage {
  static final String PATH = "me/minutes.xhtml?meeting=";

  private CirculatedMinutesPage(WebDriver driver, URI base) {
    super(driver, base);
  }

  public static CirculatedMinutesPage open(WebDriver driver, URI base, String slug) {
    PlenaryPage.visit(driver, base, PATH + slug);
    return showing(driver, base);
  }

  public static CirculatedMinutesPage showing(WebDriver driver, URI base) {
    CirculatedMinutesPage page = new CirculatedMinutesPage(driver, base);
    page.await().until(ExpectedConditions.presenceOfElementLocated(By.id("window")));
    return page;
  }

  /** The line saying until when corrections are taken. */
  public String window() {
    return driver.findElement(By.id("window")).getText().strip();
  }

  /** The text of the whole page's minutes. */
  public String minutesText() {
    return MinutesEditPage.itemsText(driver);
  }

  /** Fills and sends the correction form; answers the confirmation or the first refusal. */
  public String propose(String itemTitle, String passage, String wording, String comment) {
    Select item = new Select(driver.findElement(By.id("correctionForm:itemKey")));
    item.getOptions().stream()
        .filter(o -> o.getText().contains(itemTitle))
        .findFirst()
        .orElseThrow()
        .click();
    type("passage", passage);
    type("wording", wording);
    type("comment", comment);
    click(By.id("correctionForm:propose"));
    awaitAjax();
    await()
        .until(
            d ->
                !d.findElements(By.id("correctionForm:proposed")).isEmpty()
                    || !d.findElements(By.cssSelector("#correctionForm .message-error")).isEmpty());
    List<WebElement> done = driver.findElements(By.id("correctionForm:proposed"));
    return done.isEmpty()
        ? driver.findElement(By.cssSelector("#correctionForm .message-error")).getText()
        : done.get(0).getText();
  }

  /** The refusal shown beside a field of the form, or empty. */
  public String fieldMessage(String field) {
    return driver.findElement(By.id("correctionForm:" + field + "Message")).getText().strip();
  }

  /** The rows of one's own corrections. */
  public List<String> mine() {
    return driver.findElements(By.cssSelector("[id='mineForm:mine_data'] > tr")).stream()
        .map(WebElement::getText)
        .toList();
  }

  private void type(String field, String text) {
    WebElement input = driver.findElement(By.id("correctionForm:" + field));
    input.clear();
    input.sendKeys(text);
  }
}
