package org.plenary.web.browser;

import java.net.URI;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The public's view of drafts in preparation: the tracker (filtered by words and stage, sorted, its
 * CSV), a draft's page (its progress, the versions one may read, a version's text) and the changes
 * between two public versions.
 */
public final class DraftProgressPages extends PlenaryPage {
  private static final By TITLE_COLUMN = By.id("trackerForm:drafts:title");

  public DraftProgressPages(WebDriver driver, URI base) {
    super(driver, base);
  }

  public DraftProgressPages openTracker() {
    visit(driver, base, "consultations/tracker.xhtml");
    await().until(ExpectedConditions.presenceOfElementLocated(By.id("trackerForm:drafts")));
    return this;
  }

  /** Types into the title column's filter and waits until the tracker shows exactly these. */
  public DraftProgressPages filterTitles(String text, List<String> expected) {
    typeFilter(TITLE_COLUMN, text);
    return awaitTitles(expected);
  }

  /** Chooses a stage above the table (by its words) and waits until it shows exactly these. */
  public DraftProgressPages filterStage(String stage, List<String> expected) {
    new Select(driver.findElement(By.id("trackerForm:stageFilter"))).selectByVisibleText(stage);
    return awaitTitles(expected);
  }

  /** Clicks the title column's header until it sorts in this direction; awaits the titles. */
  public DraftProgressPages sortByTitle(String direction, List<String> expected) {
    sortColumn(TITLE_COLUMN, direction);
    return awaitTitles(expected);
  }

  private DraftProgressPages awaitTitles(List<String> expected) {
    awaitTexts(this::titles, expected);
    return this;
  }

  public List<String> titles() {
    return driver.findElements(By.cssSelector(".tracker-title")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** Downloads the tracker's CSV through its link once the link carries this text. */
  public String downloadCsv(String inLink) {
    return downloadOnceLinked(By.id("trackerForm:exportCsv"), inLink);
  }

  /** Follows a draft's title in the tracker to its page. */
  public DraftProgressPages openDraft(String title) {
    click(By.linkText(title));
    await().until(ExpectedConditions.presenceOfElementLocated(By.id("progress")));
    return this;
  }

  /** The draft's steps as read, oldest first. */
  public List<String> progress() {
    return driver.findElements(By.cssSelector("#progress > li")).stream()
        .map(li -> li.getText().replaceAll("\\s+", " ").strip())
        .toList();
  }

  public String stage() {
    return driver.findElement(By.id("draftStage")).getText();
  }

  public String versionHeading() {
    return driver.findElement(By.id("versionHeading")).getText();
  }

  /** The headings of the version shown, in order. */
  public List<String> sectionHeadings() {
    return driver.findElements(By.cssSelector("#version h3")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** Follows the link to another public version (its words, e.g. "Version 2"). */
  public DraftProgressPages showVersion(String linkStart) {
    WebElement heading = driver.findElement(By.id("versionHeading"));
    click(By.partialLinkText(linkStart));
    awaitGone(heading);
    return this;
  }

  /** Follows "What changed since version n" to the comparison. */
  public DraftProgressPages openChanges() {
    click(By.id("changesLink"));
    await().until(ExpectedConditions.presenceOfElementLocated(By.id("compareTitle")));
    return this;
  }

  /** The text of the words marked inserted on the comparison page, with their hidden label. */
  public String insertedText() {
    return driver.findElements(By.cssSelector("ins.word-inserted")).stream()
        .map(e -> e.getAttribute("textContent"))
        .reduce("", String::concat);
  }

  /** Goes back from the comparison to the draft's page (the later version). */
  public DraftProgressPages backToDraft() {
    click(By.id("backToDraft"));
    await().until(ExpectedConditions.presenceOfElementLocated(By.id("progress")));
    return this;
  }
}
