package org.plenary.web.browser;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A draft's document and comments: uploading a file as the next version from the editor, and the
 * comment threads beside each section of the draft page, and one's notifications.
 */
public final class DraftDiscussionPage extends PlenaryPage {
  public DraftDiscussionPage(WebDriver driver, URI base) {
    super(driver, base);
  }

  public DraftDiscussionPage openEditor(long id) {
    PlenaryPage.visit(driver, base, "groups/edit.xhtml?draft=" + id);
    await().until(ExpectedConditions.presenceOfElementLocated(By.id("uploadForm:uploadButton")));
    return this;
  }

  public DraftDiscussionPage openDraft(long id) {
    PlenaryPage.visit(driver, base, "groups/draft.xhtml?draft=" + id);
    await().until(ExpectedConditions.presenceOfElementLocated(By.id("versionHeading")));
    return this;
  }

  /** Chooses the file and uploads it; waits for the page that answers (draft or editor). */
  public DraftDiscussionPage upload(Path file, String note) {
    WebElement input = driver.findElement(By.cssSelector("#uploadForm input[type=file]"));
    input.sendKeys(file.toAbsolutePath().toString());
    WebElement noteField = driver.findElement(By.id("uploadForm:documentNote"));
    noteField.clear();
    noteField.sendKeys(note);
    click(By.id("uploadForm:uploadButton"));
    await()
        .until(
            d ->
                d.getCurrentUrl().contains("groups/draft.xhtml")
                    || !d.findElements(By.cssSelector("#uploadForm .ui-message-error")).isEmpty());
    return this;
  }

  /** The message beside the upload field, if any. */
  public String uploadMessage() {
    return driver.findElements(By.cssSelector("#uploadForm .ui-message-error")).stream()
        .map(WebElement::getText)
        .findFirst()
        .orElse("");
  }

  public String versionHeading() {
    return driver.findElement(By.id("versionHeading")).getText();
  }

  /** The document line of the version shown: its name, type and size. */
  public String document() {
    return driver.findElement(By.id("document")).getText();
  }

  public String documentHref() {
    return driver.findElement(By.id("documentLink")).getAttribute("href");
  }

  /**
   * Comments on the section at {@code index} (0 for the first), on the passage typed into the
   * passage field (the keyboard way; null for the whole section).
   */
  public DraftDiscussionPage comment(int index, String passage, String text) {
    String prefix = "commentsForm:sections:" + index + ":";
    WebElement summary =
        driver.findElements(By.cssSelector("details.comment-new summary")).get(index);
    click(summary);
    if (passage != null) {
      type(By.id(prefix + "quote"), passage);
    }
    type(By.id(prefix + "newComment"), text);
    int before = threads().size();
    click(By.id(prefix + "addComment"));
    awaitAjax();
    await().until(d -> threads().size() == before + 1);
    return this;
  }

  /** Replies in the first thread shown. */
  public DraftDiscussionPage replyToFirstThread(String text) {
    WebElement field = driver.findElement(By.cssSelector(".comment-thread textarea"));
    field.clear();
    field.sendKeys(text);
    int before = driver.findElements(By.cssSelector(".comment-replies li")).size();
    click(driver.findElement(By.cssSelector(".comment-thread button[id$=':sendReply']")));
    awaitAjax();
    await().until(d -> d.findElements(By.cssSelector(".comment-replies li")).size() == before + 1);
    return this;
  }

  /** Resolves (or reopens) the first thread shown. */
  public DraftDiscussionPage toggleFirstThread() {
    String state = threadStates().get(0);
    click(driver.findElement(By.cssSelector(".comment-thread button[id$=':state']")));
    awaitAjax();
    await().until(d -> !threadStates().get(0).equals(state));
    return this;
  }

  /** Each thread's text as shown: quote, author, state, text and replies. */
  public List<String> threads() {
    return driver.findElements(By.cssSelector(".comment-thread")).stream()
        .map(e -> e.getText().replaceAll("\\s+", " ").strip())
        .toList();
  }

  public List<String> threadStates() {
    return driver.findElements(By.cssSelector(".comment-thread .comment-state")).stream()
        .map(WebElement::getText)
        .toList();
  }

  public List<String> quotes() {
    return driver.findElements(By.cssSelector(".comment-thread .comment-quote")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** The notifications listed, newest first. */
  public List<String> notifications() {
    return driver
        .findElements(By.cssSelector("#notificationsForm\\:notifications tbody a"))
        .stream()
        .map(WebElement::getText)
        .toList();
  }

  /** Opens the newest notification: the draft version it is about. */
  public DraftDiscussionPage openFirstNotification() {
    click(By.cssSelector("#notificationsForm\\:notifications tbody a"));
    await().until(ExpectedConditions.urlContains("groups/draft.xhtml"));
    await().until(ExpectedConditions.presenceOfElementLocated(By.id("versionHeading")));
    return this;
  }

  private void type(By field, String text) {
    WebElement input = await().until(ExpectedConditions.elementToBeClickable(field));
    input.clear();
    input.sendKeys(text);
  }
}
