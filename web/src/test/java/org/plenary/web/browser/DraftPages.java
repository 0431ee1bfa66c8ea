package org.plenary.web.browser;

import java.net.URI;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The pages of a group's drafts: the group space (start a draft), a draft (read a version,
 * compare), the editor (with its conflict panel) and the comparison.
 */
public final class DraftPages extends PlenaryPage {
  public DraftPages(WebDriver driver, URI base) {
    super(driver, base);
  }

  public DraftPages openSpace(String slug) {
    PlenaryPage.visit(driver, base, "groups/space.xhtml?group=" + slug);
    await().until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
    return this;
  }

  /** Starts a draft from the group space and waits for its page. */
  public DraftPages startDraft(String title, String heading, String body) {
    type(By.id("newDraftForm:title"), title);
    type(By.id("newDraftForm:heading"), heading);
    type(By.id("newDraftForm:body"), body);
    driver.findElement(By.id("newDraftForm:start")).click();
    await().until(ExpectedConditions.urlContains("groups/draft.xhtml"));
    await().until(ExpectedConditions.presenceOfElementLocated(By.id("draftTitle")));
    return this;
  }

  public DraftPages openDraft(long id) {
    PlenaryPage.visit(driver, base, "groups/draft.xhtml?draft=" + id);
    await().until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
    return this;
  }

  public List<String> memberNames() {
    return driver.findElements(By.cssSelector("#members tbody td:first-child")).stream()
        .map(WebElement::getText)
        .toList();
  }

  public List<String> draftTitles() {
    return driver.findElements(By.cssSelector("#draftsForm\\:drafts tbody td a")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** The titles of the meetings the group's space lists. */
  public List<String> meetingTitles() {
    return driver.findElements(By.cssSelector("#meetingsForm\\:meetings tbody td a")).stream()
        .map(WebElement::getText)
        .toList();
  }

  public String versionHeading() {
    return driver.findElement(By.id("versionHeading")).getText();
  }

  /** The section headings of the version shown, numbered. */
  public List<String> sectionHeadings() {
    return driver.findElements(By.cssSelector("#version .draft-section h3")).stream()
        .map(WebElement::getText)
        .toList();
  }

  public String versionText() {
    return driver.findElement(By.id("version")).getText();
  }

  public List<String> trail() {
    return driver.findElements(By.cssSelector(".status-trail li")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** Declares the draft final from its page, confirming the question; answers the message. */
  public String declareFinal() {
    driver.findElement(By.id("draftForm:finalise")).click();
    await().until(ExpectedConditions.elementToBeClickable(By.id("draftForm:confirmYes"))).click();
    By message = By.cssSelector("#draftForm li, #draftForm .message-info");
    return await().until(ExpectedConditions.presenceOfElementLocated(message)).getText();
  }

  public boolean mayDeclareFinal() {
    return !driver.findElements(By.id("draftForm:finalise")).isEmpty();
  }

  /** Opens the editor from the draft page. */
  public DraftPages edit() {
    driver.findElement(By.id("edit")).click();
    await().until(ExpectedConditions.presenceOfElementLocated(By.id("editForm:save")));
    return this;
  }

  public DraftPages openEditor(long id) {
    PlenaryPage.visit(driver, base, "groups/edit.xhtml?draft=" + id);
    await().until(ExpectedConditions.presenceOfElementLocated(By.id("editForm:save")));
    return this;
  }

  public DraftPages heading(int index, String text) {
    type(By.id("editForm:sections:" + index + ":heading"), text);
    return this;
  }

  public DraftPages body(int index, String text) {
    type(By.id("editForm:sections:" + index + ":body"), text);
    return this;
  }

  public DraftPages addSection() {
    int before = driver.findElements(By.cssSelector("fieldset.section-editor")).size();
    driver.findElement(By.id("editForm:addSection")).click();
    awaitAjax();
    await()
        .until(d -> d.findElements(By.cssSelector("fieldset.section-editor")).size() == before + 1);
    return this;
  }

  public DraftPages note(String note) {
    type(By.id("editForm:note"), note);
    return this;
  }

  /** Saves and waits for the draft page showing the new version. */
  public DraftPages save(int expectedVersion) {
    driver.findElement(By.id("editForm:save")).click();
    await().until(ExpectedConditions.urlContains("version=" + expectedVersion));
    await().until(ExpectedConditions.presenceOfElementLocated(By.id("versionHeading")));
    return this;
  }

  /** Saves on a stale version and waits for the conflict panel. */
  public DraftPages saveExpectingConflict() {
    driver.findElement(By.id("editForm:save")).click();
    awaitAjax();
    await().until(ExpectedConditions.presenceOfElementLocated(By.id("conflictHeading")));
    return this;
  }

  public String theirs() {
    return driver.findElement(By.id("theirs")).getText();
  }

  public String mine() {
    return driver.findElement(By.id("mine")).getText();
  }

  public DraftPages editMerged() {
    driver.findElement(By.id("editForm:merge")).click();
    awaitAjax();
    await().until(ExpectedConditions.presenceOfElementLocated(By.id("mergingText")));
    return this;
  }

  public String bodyInEditor(int index) {
    return driver.findElement(By.id("editForm:sections:" + index + ":body")).getAttribute("value");
  }

  /** Chooses two versions in the comparison form of the draft page and compares them. */
  public DraftPages compare(int from, int to) {
    new Select(driver.findElement(By.id("compareFrom"))).selectByValue(String.valueOf(from));
    new Select(driver.findElement(By.id("compareTo"))).selectByValue(String.valueOf(to));
    driver.findElement(By.id("compare")).click();
    await().until(ExpectedConditions.presenceOfElementLocated(By.id("compareTitle")));
    return this;
  }

  public String compareTitle() {
    return driver.findElement(By.id("compareTitle")).getText();
  }

  /** The words marked inserted, each run as its text including the hidden label. */
  public List<String> insertions() {
    return driver.findElements(By.cssSelector("ins.word-inserted")).stream()
        .map(e -> e.getAttribute("textContent"))
        .toList();
  }

  public List<String> deletions() {
    return driver.findElements(By.cssSelector("del.word-deleted")).stream()
        .map(e -> e.getAttribute("textContent"))
        .toList();
  }

  public List<String> changeLabels() {
    return driver.findElements(By.cssSelector(".compare-section .change-label")).stream()
        .map(WebElement::getText)
        .toList();
  }

  public DraftPages sideBySide() {
    driver.findElement(By.id("modeSide")).click();
    await()
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.side-by-side")));
    return this;
  }

  /** The text of the later version's column, side by side, hidden labels included. */
  public List<String> afterColumn() {
    return driver.findElements(By.cssSelector("table.side-by-side td.after")).stream()
        .map(e -> e.getAttribute("textContent").replaceAll("\\s+", " ").strip())
        .toList();
  }

  private void type(By field, String text) {
    WebElement input = driver.findElement(field);
    input.clear();
    input.sendKeys(text);
  }
}
