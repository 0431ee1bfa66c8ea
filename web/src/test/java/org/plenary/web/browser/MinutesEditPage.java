package org.plenary.web.browser;

import java.net.URI;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

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

  /** The text of every item of minutes on a page, one after the other. */
  static String itemsText(WebDriver driver) {
    return driver.findElements(By.cssSelector("section.minutes-item")).stream()
        .map(WebElement::getText)
        .reduce("", (a, b) -> a + "\n" + b);
  }

  /** The position of the item whose heading contains this title, among the page's forms. */
  public int indexOf(String title) {
    List<WebElement> headings = driver.findElements(By.cssSelector("section.minutes-item h2"));
    for (int i = 0; i < headings.size(); i++) {
      if (headings.get(i).getText().contains(title)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no item titled " + title);
  }

  /** Replaces an item's summary and presses its save button; answers the status line. */
  public String replaceSummaryAndSave(int item, String text) {
    WebElement summary = field(item, "summary");
    summary.clear();
    summary.sendKeys(text);
    click(field(item, "save"));
    awaitAjax();
    await().until(d -> text.equals(summary(item)) && status(item).startsWith("Saved at"));
    awaitAjax();
    return status(item);
  }

  /** Circulates the minutes with the window closing at this local date-time (yyyy-MM-ddTHH:mm). */
  public MinutesEditPage circulateUntil(String localDateTime) {
    WebElement closesAt = driver.findElement(By.id("approvalForm:closesAt"));
    // a datetime-local input is typed segment by segment in the browser's locale: set its value
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].value = arguments[1];", closesAt, localDateTime);
    click(By.id("approvalForm:circulate"));
    awaitAjax();
    await().until(d -> !approvalMessages().isEmpty());
    return this;
  }

  /** The approval part's status line. */
  public String approvalStatus() {
    return driver.findElement(By.id("approvalStatus")).getText().strip();
  }

  /** The approval part's messages (refusals and confirmations). */
  public String approvalMessages() {
    return driver.findElement(By.id("approvalForm:approvalErrors")).getText().strip();
  }

  /** The rows of the proposed corrections table. */
  public List<String> corrections() {
    return driver.findElements(By.cssSelector("[id='approvalForm:corrections_data'] > tr")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** Accepts (or, with a reason, rejects) the correction in this row of the table. */
  public MinutesEditPage decide(int row, boolean accept, String reason) {
    if (reason != null) {
      driver.findElement(By.id("approvalForm:corrections:" + row + ":reason")).sendKeys(reason);
    }
    click(By.id("approvalForm:corrections:" + row + ":" + (accept ? "accept" : "reject")));
    awaitAjax();
    await().until(d -> !approvalMessages().isEmpty());
    return this;
  }

  /** Presses approve; answers the messages shown. */
  public String approve() {
    click(By.id("approvalForm:approve"));
    awaitAjax();
    await().until(d -> !approvalMessages().isEmpty());
    return approvalMessages();
  }

  /**
   * Records a decision or action with the form under the minutes (the item chosen by its title, the
   * kind and owner kind by their visible labels, the due date as yyyy-MM-dd); answers the messages.
   */
  public String recordAction(
      String itemTitle, String kind, String title, String ownerKind, String owner, String due) {
    Select item = new Select(driver.findElement(By.id("actionForm:actionItem")));
    item.getOptions().stream()
        .filter(o -> o.getText().contains(itemTitle))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no item titled " + itemTitle))
        .click();
    new Select(driver.findElement(By.id("actionForm:actionKind"))).selectByVisibleText(kind);
    WebElement titleField = driver.findElement(By.id("actionForm:actionTitle"));
    titleField.clear();
    titleField.sendKeys(title);
    new Select(driver.findElement(By.id("actionForm:actionOwnerKind")))
        .selectByVisibleText(ownerKind);
    WebElement ownerField = driver.findElement(By.id("actionForm:actionOwner"));
    ownerField.clear();
    ownerField.sendKeys(owner);
    // a date input is typed segment by segment in the browser's locale: set its value
    ((JavascriptExecutor) driver)
        .executeScript(
            "arguments[0].value = arguments[1];",
            driver.findElement(By.id("actionForm:actionDue")),
            due);
    click(By.id("actionForm:recordAction"));
    awaitAjax();
    await().until(d -> !actionMessages().isEmpty() || !fieldMessages().isEmpty());
    return actionMessages() + fieldMessages();
  }

  /** The message beside a field of the decisions and actions form (e.g. actionTitle). */
  public String fieldMessage(String field) {
    return driver.findElement(By.id("actionForm:" + field + "Message")).getText().strip();
  }

  /** The decisions and actions part's messages (confirmations and refusals). */
  public String actionMessages() {
    return driver.findElement(By.id("actionForm:actionMessages")).getText().strip();
  }

  private String fieldMessages() {
    return driver.findElements(By.cssSelector("#actionForm .message-error")).stream()
        .map(WebElement::getText)
        .filter(t -> !t.isBlank())
        .reduce("", (a, b) -> a + " " + b)
        .strip();
  }

  /** The rows of the meeting's decisions and actions table, one line each. */
  public List<String> meetingActions() {
    return driver
        .findElements(By.cssSelector("[id='actionForm:meetingActions_data'] > tr"))
        .stream()
        .map(WebElement::getText)
        .map(t -> t.replace('\n', ' '))
        .toList();
  }

  /** The key of the decision or action with this title, from its link in the table. */
  public String actionKey(String title) {
    String href =
        driver
            .findElement(
                By.xpath("//a[contains(@href,'action.xhtml?key=')][contains(.,'" + title + "')]"))
            .getAttribute("href");
    return href.substring(href.indexOf("key=") + 4);
  }
}
