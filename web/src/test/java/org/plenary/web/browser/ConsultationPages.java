package org.plenary.web.browser;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The pages of a public consultation: the public page (text section by section, comments, the
 * comment form), the confirmation page of the mailed link, and the drafter's comments page.
 */
public final class ConsultationPages extends PlenaryPage {
  static final String LIST = "consultations/list.xhtml";
  private static final By TABLE_ROWS =
      By.cssSelector("#commentsForm\\:commentsTable_data > tr[data-ri]");
  private static final By MANAGE_ROWS =
      By.cssSelector("#moderationForm\\:comments_data > tr[data-ri]");

  public ConsultationPages(WebDriver driver, URI base) {
    super(driver, base);
  }

  public ConsultationPages openList() {
    visit(driver, base, LIST);
    await()
        .until(
            ExpectedConditions.presenceOfElementLocated(By.id("consultationsForm:consultations")));
    return this;
  }

  /** Types into the title column's filter and waits until the list shows exactly these titles. */
  public ConsultationPages filterTitles(String text, List<String> expected) {
    typeFilter(By.id("consultationsForm:consultations:title"), text);
    return awaitTitles(expected);
  }

  /** Chooses a status above the list (by its words, "Any status" for all) and awaits the titles. */
  public ConsultationPages filterStatus(String status, List<String> expected) {
    new Select(driver.findElement(By.id("consultationsForm:statusFilter")))
        .selectByVisibleText(status);
    return awaitTitles(expected);
  }

  /** Clicks the title column's header until it sorts in this direction; awaits the titles. */
  public ConsultationPages sortByTitle(String direction, List<String> expected) {
    sortColumn(By.id("consultationsForm:consultations:title"), direction);
    return awaitTitles(expected);
  }

  private ConsultationPages awaitTitles(List<String> expected) {
    awaitTexts(this::listedTitles, expected);
    return this;
  }

  /** The consultation's public page. */
  public ConsultationPages open(long id) {
    visit(driver, base, "consultations/view.xhtml?id=" + id);
    await().until(ExpectedConditions.presenceOfElementLocated(By.id("commentHeading")));
    return this;
  }

  /** The titles of the consultations listed on the first page of the list. */
  public List<String> listedTitles() {
    return driver.findElements(By.cssSelector(".consultation-title")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** The headings of the consulted text's sections, in order. */
  public List<String> sectionHeadings() {
    return driver.findElements(By.cssSelector(".consultation-section h2")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** The comments shown under section {@code number}, as their visible text. */
  public List<String> commentsUnderSection(int number) {
    return driver
        .findElements(By.cssSelector("#section-" + number + " .consultation-comment"))
        .stream()
        .map(WebElement::getText)
        .toList();
  }

  /** The comments of the table below the text, as their visible text. */
  public List<String> tableComments() {
    return driver.findElements(TABLE_ROWS).stream().map(WebElement::getText).toList();
  }

  /** Fills the comment form (anonymous when {@code name} is not null) and sends it. */
  public ConsultationPages comment(
      String section, String text, String name, String email, String category, String country) {
    new Select(driver.findElement(By.id("commentForm:section"))).selectByVisibleText(section);
    driver.findElement(By.id("commentForm:text")).sendKeys(text);
    if (name != null) {
      driver.findElement(By.id("commentForm:name")).sendKeys(name);
      driver.findElement(By.id("commentForm:email")).sendKeys(email);
    }
    new Select(driver.findElement(By.id("commentForm:category"))).selectByValue(category);
    new Select(driver.findElement(By.id("commentForm:country"))).selectByValue(country);
    click(By.id("commentForm:submit"));
    awaitAjax();
    return this;
  }

  /** Types a comment and the visitor's name and e-mail into the form, without sending it. */
  public ConsultationPages type(String text, String name, String email) {
    driver.findElement(By.id("commentForm:text")).sendKeys(text);
    driver.findElement(By.id("commentForm:name")).sendKeys(name);
    driver.findElement(By.id("commentForm:email")).sendKeys(email);
    return this;
  }

  /**
   * Loses the server's view of this page, as when the node that held it dies without its session:
   * the browser forgets its session, so the next post reaches a session without the view.
   */
  public ConsultationPages loseTheServersView() {
    driver.manage().deleteCookieNamed("JSESSIONID");
    return this;
  }

  /** Sends the comment form as it stands and waits for the page that answers. */
  public ConsultationPages send() {
    WebElement form = driver.findElement(By.id("commentForm"));
    click(By.id("commentForm:submit"));
    awaitGone(form);
    await().until(ExpectedConditions.presenceOfElementLocated(By.id("commentHeading")));
    return this;
  }

  /** The messages about the whole comment form (above its fields). */
  public String formMessages() {
    return driver.findElement(By.id("commentAlert")).getText();
  }

  /** Fills the comment form as {@link #comment} does, with a file to attach, and sends it. */
  public ConsultationPages comment(
      String section,
      String text,
      String name,
      String email,
      String category,
      String country,
      Path attachment) {
    driver.findElement(By.id("commentForm:attachment")).sendKeys(attachment.toString());
    return comment(section, text, name, email, category, country);
  }

  /** Chooses another file for the comment form as it stands and sends it. */
  public ConsultationPages sendWithAttachment(Path attachment) {
    driver.findElement(By.id("commentForm:attachment")).sendKeys(attachment.toString());
    click(By.id("commentForm:submit"));
    return this;
  }

  /** The message beside the attachment field, once the page shows one. */
  public String attachmentMessage() {
    By message = By.id("commentForm:attachmentMessage");
    await().until(d -> d.findElements(message).stream().anyMatch(m -> !m.getText().isBlank()));
    return driver.findElement(message).getText();
  }

  /** What a field of the comment form holds (its value attribute). */
  public String typed(String field) {
    return driver.findElement(By.id("commentForm:" + field)).getDomProperty("value");
  }

  /** The attachment links of the comments under section {@code number}: their text and address. */
  public List<WebElement> attachmentLinks(int number) {
    return driver.findElements(
        By.cssSelector("#section-" + number + " .consultation-comment .comment-attachment a"));
  }

  /** Sends the comment form as it is (e.g. empty), expecting messages beside fields. */
  public ConsultationPages sendEmptyComment() {
    click(By.id("commentForm:submit"));
    awaitAjax();
    await().until(d -> !d.findElements(By.cssSelector("#commentForm .ui-message-error")).isEmpty());
    return this;
  }

  public String fieldMessage(String field) {
    return driver.findElement(By.id("commentForm:" + field + "Message")).getText();
  }

  /** The "check your e-mail" message after an anonymous comment. */
  public String checkMailMessage() {
    return await()
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("checkMail")))
        .getText();
  }

  /** The message that replaces the form outside the open period, if shown. */
  public List<String> closedMessage() {
    return driver.findElements(By.id("formClosed")).stream().map(WebElement::getText).toList();
  }

  public boolean hasCommentForm() {
    return !driver.findElements(By.id("commentForm")).isEmpty();
  }

  /** Opens the mailed link and presses the confirmation button; answers the page's message. */
  public String confirm(String token) {
    visit(driver, base, "consultations/confirm.xhtml?token=" + token);
    click(By.id("confirmForm:confirm"));
    return await()
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("confirmed")))
        .getText();
  }

  /** Follows the confirmation page's link back to the consultation. */
  public ConsultationPages backToConsultation() {
    click(By.id("backToConsultation"));
    await().until(ExpectedConditions.presenceOfElementLocated(By.id("commentHeading")));
    return this;
  }

  /** The drafter's page of the consultation's comments. */
  public ConsultationPages openModeration(long id) {
    visit(driver, base, "consultations/manage/comments.xhtml?id=" + id);
    return this;
  }

  public ConsultationPages awaitModeration() {
    await().until(ExpectedConditions.presenceOfElementLocated(By.id("moderationForm:comments")));
    return this;
  }

  private int rowOf(String text) {
    List<WebElement> rows = driver.findElements(MANAGE_ROWS);
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).getText().contains(text)) {
        return Integer.parseInt(rows.get(i).getAttribute("data-ri"));
      }
    }
    throw new AssertionError("no comment containing " + text);
  }

  /** Hides the comment containing {@code text} through the dialog; answers the page's message. */
  public String hide(String text, String reason) {
    click(By.id("moderationForm:comments:" + rowOf(text) + ":hide"));
    awaitAjax();
    WebElement field =
        await().until(ExpectedConditions.visibilityOfElementLocated(By.id("hideForm:reason")));
    Accessibility.assertAccessible(driver);
    field.sendKeys(reason);
    click(By.id("hideForm:hideConfirm"));
    return awaitModerationMessage();
  }

  /** Answers the comment containing {@code text} through the dialog; answers the message. */
  public String answer(String text, String outcome, String justification, String version) {
    click(By.id("moderationForm:comments:" + rowOf(text) + ":answer"));
    awaitAjax();
    await().until(ExpectedConditions.visibilityOfElementLocated(By.id("answerForm:justification")));
    Accessibility.assertAccessible(driver);
    new Select(driver.findElement(By.id("answerForm:outcome"))).selectByValue(outcome);
    driver.findElement(By.id("answerForm:justification")).sendKeys(justification);
    driver.findElement(By.id("answerForm:resolvedVersion")).sendKeys(version);
    click(By.id("answerForm:answerConfirm"));
    return awaitModerationMessage();
  }

  /** Shows only unanswered comments. */
  public ConsultationPages onlyUnanswered() {
    click(By.id("moderationForm:unanswered"));
    awaitAjax();
    return this;
  }

  public List<String> moderatedComments() {
    return driver.findElements(MANAGE_ROWS).stream().map(WebElement::getText).toList();
  }

  private String awaitModerationMessage() {
    awaitAjax();
    By message = By.cssSelector("#moderationForm\\:moderationMessages li");
    await().until(ExpectedConditions.presenceOfElementLocated(message));
    return driver.findElement(message).getText();
  }

  /** The consultation's report page. */
  public ConsultationPages openReport(long id) {
    visit(driver, base, "consultations/report.xhtml?id=" + id);
    await().until(ExpectedConditions.presenceOfElementLocated(By.id("reportForm:report")));
    return this;
  }

  public List<String> reportRows() {
    return driver.findElements(By.cssSelector("#reportForm\\:report_data > tr[data-ri]")).stream()
        .map(WebElement::getText)
        .toList();
  }
}
