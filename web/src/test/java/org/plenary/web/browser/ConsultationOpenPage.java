package org.plenary.web.browser;

import java.net.URI;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The drafter's page that opens a public consultation on a draft version. */
public final class ConsultationOpenPage extends PlenaryPage {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  public ConsultationOpenPage(WebDriver driver, URI base) {
    super(driver, base);
  }

  /** Opens the page for version {@code version} of the draft. */
  public ConsultationOpenPage open(long draft, int version) {
    visit(driver, base, "consultations/manage/open.xhtml?draft=" + draft + "&version=" + version);
    return awaitForm();
  }

  /** Opens the page without naming a draft: the drafter chooses one. */
  public ConsultationOpenPage open() {
    visit(driver, base, "consultations/manage/open.xhtml");
    return awaitForm();
  }

  /** The drafts offered, as their labels (title and group). */
  public List<String> draftChoices() {
    return new Select(driver.findElement(By.id("openForm:draft")))
        .getOptions().stream().map(WebElement::getText).toList();
  }

  /** Chooses the draft whose label is {@code label}; the versions follow. */
  public ConsultationOpenPage chooseDraft(String label) {
    new Select(driver.findElement(By.id("openForm:draft"))).selectByVisibleText(label);
    awaitAjax();
    await()
        .until(d -> !new Select(d.findElement(By.id("openForm:version"))).getOptions().isEmpty());
    return this;
  }

  /** The versions offered for the chosen draft, in order. */
  public List<String> versionChoices() {
    return new Select(driver.findElement(By.id("openForm:version")))
        .getOptions().stream().map(WebElement::getText).toList();
  }

  public String chosenVersion() {
    return new Select(driver.findElement(By.id("openForm:version")))
        .getFirstSelectedOption()
        .getText();
  }

  public ConsultationOpenPage awaitForm() {
    await().until(ExpectedConditions.presenceOfElementLocated(By.id("openForm:open")));
    return this;
  }

  /** Fills in the form and sends it (the page reloads: with messages, or the consultation). */
  public void submit(String title, LocalDateTime opens, LocalDateTime closes, String zone) {
    replace("openForm:title", title);
    replace("openForm:opensAt", TIME.format(opens));
    replace("openForm:closesAt", TIME.format(closes));
    new Select(driver.findElement(By.id("openForm:timeZone"))).selectByValue(zone);
    click(By.id("openForm:open"));
    await().until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
  }

  /** Waits for the consultation's public page that follows a successful opening. */
  public void awaitConsultation() {
    await().until(ExpectedConditions.urlContains("consultations/view.xhtml"));
    await().until(ExpectedConditions.presenceOfElementLocated(By.id("commentHeading")));
  }

  /** The message beside a field ({@code title}, {@code opensAt}, {@code closesAt}…), if any. */
  public String fieldMessage(String field) {
    return driver.findElement(By.id("openForm:" + field + "Message")).getText();
  }

  /** The messages for the whole form. */
  public List<String> formMessages() {
    return driver.findElements(By.cssSelector("#openForm\\:openMessages li")).stream()
        .map(WebElement::getText)
        .toList();
  }

  private void replace(String id, String value) {
    WebElement input = driver.findElement(By.id(id));
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    input.sendKeys(value);
  }
}
