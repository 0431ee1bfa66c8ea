package org.plenary.web.browser;

import java.net.URI;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A delegate's feedback page for one meeting: sessions to rate, forms to answer. */
public final class FeedbackPage extends PlenaryPage {
  static final String PATH = "me/feedback.xhtml?meeting=";

  private FeedbackPage(WebDriver driver, URI base) {
    super(driver, base);
  }

  public static FeedbackPage showing(WebDriver driver, URI base) {
    FeedbackPage page = new FeedbackPage(driver, base);
    page.await().until(ExpectedConditions.presenceOfElementLocated(By.id("sessionsHeading")));
    return page;
  }

  private static String session(int index) {
    return "sessions:" + index + ":sessionForm:";
  }

  private static String form(int index) {
    return "forms:" + index + ":responseForm:";
  }

  /** Chooses a rating with the keyboard: focus the first radio, arrow to the rating, space. */
  public FeedbackPage rateSession(int index, int rating, String comment) {
    WebElement first = radio(session(index) + "rating", "1");
    first.sendKeys(Keys.SPACE);
    for (int i = 1; i < rating; i++) {
      driver.switchTo().activeElement().sendKeys(Keys.ARROW_RIGHT);
    }
    WebElement text = driver.findElement(By.id(session(index) + "comment"));
    text.clear();
    text.sendKeys(comment);
    return this;
  }

  public boolean isChecked(int sessionIndex, int rating) {
    return radio(session(sessionIndex) + "rating", String.valueOf(rating)).isSelected();
  }

  /** Saves a session's evaluation and answers the message shown beside the button. */
  public String saveSession(int index) {
    return save(session(index));
  }

  /** Clicks a session's Save without waiting for the answer ({@link #awaitSessionMessage}). */
  public void clickSaveSession(int index) {
    driver.findElement(By.id(session(index) + "save")).click();
  }

  /** The message beside a session's Save button, once there is one. */
  public String awaitSessionMessage(int index) {
    By message = By.id(session(index) + "saveMessage");
    await().until(d -> !d.findElement(message).getText().isBlank());
    awaitAjax();
    return driver.findElement(message).getText();
  }

  /** What the session's comment field holds. */
  public String sessionComment(int index) {
    return driver.findElement(By.id(session(index) + "comment")).getAttribute("value");
  }

  /** The message beside a session's rating, such as a missing rating. */
  public String sessionRatingMessage(int index) {
    return driver.findElement(By.id(session(index) + "ratingMessage")).getText();
  }

  /** The index of a form among the meeting's forms, found by its heading. */
  public int formIndex(String title) {
    for (int i = 0; ; i++) {
      java.util.List<WebElement> heading = driver.findElements(By.id("formTitle" + i));
      if (heading.isEmpty()) {
        throw new IllegalArgumentException("no form " + title);
      }
      if (heading.get(0).getText().strip().equals(title)) {
        return i;
      }
    }
  }

  public FeedbackPage answerRating(int form, int question, int rating) {
    radio(form(form) + "questions:" + question + ":rating", String.valueOf(rating)).click();
    return this;
  }

  public FeedbackPage answerChoice(int form, int question, String choice) {
    radio(form(form) + "questions:" + question + ":choice", choice).click();
    return this;
  }

  public FeedbackPage answerChoices(int form, int question, String choice) {
    tick(
        driver.findElement(
            By.cssSelector(
                "input[type=checkbox][name='"
                    + form(form)
                    + "questions:"
                    + question
                    + ":choices'][value='"
                    + choice
                    + "']")));
    return this;
  }

  public FeedbackPage answerText(int form, int question, String text) {
    WebElement area = driver.findElement(By.id(form(form) + "questions:" + question + ":text"));
    area.clear();
    area.sendKeys(text);
    return this;
  }

  public String saveForm(int index) {
    String saved = save(form(index));
    if (!saved.isBlank()) {
      return saved;
    }
    // not saved: say why, so a failing test shows the page's refusal
    return "not saved: "
        + driver.findElements(By.cssSelector(".message-error")).stream()
            .map(WebElement::getText)
            .filter(text -> !text.isBlank())
            .collect(java.util.stream.Collectors.joining(" | "));
  }

  private String save(String prefix) {
    By message = By.id(prefix + "saveMessage");
    By errors = By.cssSelector("[id='" + prefix + "save'] ~ * .message-error, .message-error");
    driver.findElement(By.id(prefix + "save")).click();
    await()
        .until(
            d ->
                !d.findElement(message).getText().isBlank()
                    || d.findElements(errors).stream().anyMatch(e -> !e.getText().isBlank()));
    awaitAjax();
    return driver.findElement(message).getText();
  }

  private WebElement radio(String name, String value) {
    return driver.findElement(
        By.cssSelector("input[type=radio][name='" + name + "'][value='" + value + "']"));
  }
}
