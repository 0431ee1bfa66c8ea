package org.plenary.web.browser;

import java.net.URI;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The coordination pages: starting a round, a round's table and the position form. */
public final class CoordinationPages extends PlenaryPage {
  public static final String ROUNDS = "coordination/rounds.xhtml";

  public CoordinationPages(WebDriver driver, URI base) {
    super(driver, base);
  }

  public CoordinationPages openRounds() {
    visit(driver, base, ROUNDS);
    await().until(ExpectedConditions.presenceOfElementLocated(By.id("roundsForm")));
    return this;
  }

  /**
   * Narrows the list of rounds by words of the draft or drafter and a status (its words), and waits
   * until every row shown matches both (and at least one row is shown).
   */
  public CoordinationPages filterRounds(String text, String status) {
    // the status first, until its answer came: it renders the table (and its filter field) anew
    new Select(driver.findElement(By.id("roundsForm:statusFilter"))).selectByVisibleText(status);
    awaitAjax();
    typeFilter(By.id("roundsForm:rounds:draft"), text);
    awaitRounds(text, status);
    return this;
  }

  private void awaitRounds(String text, String status) {
    await()
        .ignoring(StaleElementReferenceException.class)
        .until(
            d -> {
              List<String> drafts = listed(".round-draft");
              List<String> statuses = listed(".round-status");
              return !drafts.isEmpty()
                  && drafts.stream().allMatch(t -> t.toLowerCase().contains(text.toLowerCase()))
                  && statuses.stream().allMatch(status::equals);
            });
  }

  /** Sorts the rounds by their deadline, in this direction. */
  public CoordinationPages sortRoundsByDeadline(String direction) {
    sortColumn(By.id("roundsForm:rounds:deadline"), direction);
    awaitAjax();
    return this;
  }

  /** The drafts' titles of the rounds listed (read again if the table is replaced meanwhile). */
  public List<String> roundDrafts() {
    return await()
        .ignoring(StaleElementReferenceException.class)
        .until(d -> listed(".round-draft"));
  }

  private List<String> listed(String css) {
    return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
  }

  public CoordinationPages openStart(long draft, int version) {
    visit(driver, base, "coordination/start.xhtml?draft=" + draft + "&version=" + version);
    await().until(ExpectedConditions.presenceOfElementLocated(By.id("startForm")));
    return this;
  }

  /** Ticks a body to consult by its name. */
  public CoordinationPages consult(String body) {
    driver
        .findElement(By.xpath("//form[@id='startForm']//label[normalize-space()='" + body + "']"))
        .click();
    return this;
  }

  public CoordinationPages opensAt(String localDateTime) {
    WebElement input = driver.findElement(By.id("startForm:opensAt"));
    input.clear();
    input.sendKeys(localDateTime);
    driver.findElement(By.id("startForm:timeZone")).click();
    awaitAjax();
    return this;
  }

  public String deadline() {
    return driver.findElement(By.id("startForm:deadline")).getText();
  }

  /** Starts the round and waits for its page. */
  public CoordinationPages start() {
    driver.findElement(By.id("startForm:start")).click();
    try {
      await()
          .until(
              d ->
                  !d.findElements(By.id("tableForm")).isEmpty()
                      || !d.findElements(By.cssSelector(".ui-message-error, .message-error"))
                          .isEmpty());
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError(
          "stuck at " + driver.getCurrentUrl() + ": " + driver.getPageSource(), e);
    }
    if (driver.findElements(By.id("tableForm")).isEmpty()) {
      throw new AssertionError("the round did not start: " + messages());
    }
    return this;
  }

  public long roundId() {
    String url = driver.getCurrentUrl();
    return Long.parseLong(url.substring(url.indexOf("round=") + 6).replaceAll("[^0-9].*", ""));
  }

  public CoordinationPages openRound(long id) {
    visit(driver, base, "coordination/round.xhtml?round=" + id);
    await().until(ExpectedConditions.presenceOfElementLocated(By.id("tableForm")));
    return this;
  }

  /** The table's rows as text: body, position, remarks, open, overdue, last entry. */
  public List<String> rows() {
    return driver.findElements(By.cssSelector("[id='tableForm:bodies_data'] > tr")).stream()
        .map(row -> row.getText().replaceAll("\\s+", " "))
        .toList();
  }

  public String row(String body) {
    return rows().stream().filter(r -> r.contains(body)).findFirst().orElseThrow();
  }

  /** Gives a position with one remark and waits for the table to show it. */
  public CoordinationPages givePosition(String position, String remark) {
    driver
        .findElement(
            By.xpath("//form[@id='positionForm']//label[normalize-space()='" + position + "']"))
        .click();
    driver.findElement(By.id("positionForm:remarks:0:text")).sendKeys(remark);
    driver.findElement(By.id("positionForm:give")).click();
    awaitAjax();
    await()
        .until(
            d ->
                d.findElement(By.id("tableForm:bodies_data")).getText().contains(position)
                    || !d.findElements(By.cssSelector(".ui-message-error")).isEmpty());
    return this;
  }

  /** Shows a body's history under the table. */
  public CoordinationPages showHistory(String body) {
    click(By.cssSelector("[aria-label='Show history: " + body + "']"));
    awaitAjax();
    await().until(ExpectedConditions.presenceOfElementLocated(By.id("historyHeading")));
    return this;
  }

  /** The remarks of the history as text, with their answers. */
  public List<String> historyRemarks() {
    return driver
        .findElements(By.cssSelector("[id='historyForm:history'] ul.remarks > li"))
        .stream()
        .map(li -> li.getText().replaceAll("\\s+", " "))
        .toList();
  }

  /** Opens the answer dialog on remark n (1-based) of the shown history's current entry. */
  public CoordinationPages openAnswer(int remark) {
    click(By.cssSelector("[aria-label='Answer: Remark " + remark + "']"));
    awaitAjax();
    await().until(ExpectedConditions.visibilityOfElementLocated(By.id("answerForm:outcome")));
    return this;
  }

  /** Chooses the outcome and writes the explanation in the open dialog, and saves. */
  public CoordinationPages answer(String outcome, String explanation) {
    new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("answerForm:outcome")))
        .selectByVisibleText(outcome);
    WebElement text = driver.findElement(By.id("answerForm:explanation"));
    text.clear();
    text.sendKeys(explanation);
    click(By.id("answerForm:answerSave"));
    awaitAjax();
    return this;
  }

  /** The error beside a field of the answer dialog, or "". */
  public String answerError(String field) {
    return driver.findElements(By.id("answerForm:" + field + "Message")).stream()
        .map(WebElement::getText)
        .findFirst()
        .orElse("");
  }

  /** The messages of the answer dialog that belong to no field. */
  public String answerMessages() {
    return driver.findElements(By.cssSelector("#answerDialog .form-messages")).stream()
        .map(WebElement::getText)
        .findFirst()
        .orElse("");
  }

  /** The outcome chosen in the answer dialog. */
  public String outcome() {
    return new org.openqa.selenium.support.ui.Select(
            driver.findElement(By.id("answerForm:outcome")))
        .getFirstSelectedOption()
        .getText();
  }

  public CoordinationPages cancelAnswer() {
    click(By.id("answerForm:answerCancel"));
    awaitAnswerDialogClosed();
    return this;
  }

  public void awaitAnswerDialogClosed() {
    await().until(ExpectedConditions.invisibilityOfElementLocated(By.id("answerDialog")));
  }

  public boolean answerDialogOpen() {
    return driver.findElement(By.id("answerDialog")).isDisplayed();
  }

  /** The sentence that says how many remarks are unanswered. */
  public String unanswered() {
    return driver.findElement(By.id("unansweredRemarks")).getText();
  }

  /** The drafter closes the round. */
  public CoordinationPages closeRound() {
    click(By.id("tableForm:closeRound"));
    awaitAjax();
    await().until(d -> d.findElement(By.id("status")).getText().equals("Closed"));
    await().until(ExpectedConditions.presenceOfElementLocated(By.id("tableForm:publishTable")));
    return this;
  }

  /** The drafter publishes the table, answering yes to the confirming question. */
  public CoordinationPages publishTable() {
    click(By.id("tableForm:publishTable"));
    click(By.id("tableForm:confirmYes"));
    awaitAjax();
    await()
        .until(
            d ->
                d.findElements(By.id("tableForm:publishTable")).isEmpty()
                    || !d.findElements(By.cssSelector(".message-error")).isEmpty());
    return this;
  }

  /** The table of remarks and responses of a round. */
  public CoordinationPages openTable(long id) {
    visit(driver, base, "coordination/table.xhtml?round=" + id);
    await().until(ExpectedConditions.presenceOfElementLocated(By.id("tableTitle")));
    return this;
  }

  /** The rows of the table of remarks and responses as text. */
  public List<String> remarksTable() {
    return driver.findElements(By.cssSelector("[id='tableForm:remarks_data'] > tr")).stream()
        .map(row -> row.getText().replaceAll("\\s+", " "))
        .toList();
  }

  public String messages() {
    return driver.findElement(By.tagName("main")).getText();
  }

  public boolean offersPositionForm() {
    return !driver.findElements(By.id("positionForm")).isEmpty();
  }
}
