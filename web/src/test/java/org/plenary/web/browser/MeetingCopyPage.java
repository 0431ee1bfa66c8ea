package org.plenary.web.browser;

import java.net.URI;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The secretariat's form that copies a meeting as the template for the next one. */
public final class MeetingCopyPage extends PlenaryPage {
  private MeetingCopyPage(WebDriver driver, URI base) {
    super(driver, base);
  }

  public static String path(String slug) {
    return "secretariat/meetings/copy.xhtml?slug=" + slug;
  }

  public static MeetingCopyPage open(WebDriver driver, URI base, String slug) {
    PlenaryPage.visit(driver, base, path(slug));
    MeetingCopyPage page = new MeetingCopyPage(driver, base);
    page.await().until(ExpectedConditions.presenceOfElementLocated(By.id("copyForm")));
    return page;
  }

  /** The value of a field: title, slug, startDate, venueName, addressLines, city, timeZone. */
  public String field(String id) {
    return driver.findElement(By.id("copyForm:" + id)).getAttribute("value");
  }

  /** Types a value into a text field, replacing what it held. */
  public MeetingCopyPage type(String id, String value) {
    WebElement field = driver.findElement(By.id("copyForm:" + id));
    field.clear();
    field.sendKeys(value);
    return this;
  }

  public MeetingCopyPage timeZone(String zone) {
    new Select(driver.findElement(By.id("copyForm:timeZone"))).selectByValue(zone);
    return this;
  }

  /** Sends the form and waits for the answer. */
  public MeetingCopyPage copy() {
    WebElement button = driver.findElement(By.id("copyForm:copy"));
    button.click();
    awaitAjax();
    awaitGone(button);
    return this;
  }

  /** The message beside a field, or "" when there is none. */
  public String fieldMessage(String id) {
    return driver.findElement(By.id("copyForm:" + id + "Message")).getText();
  }

  /** The sentence saying the copy is done. */
  public String done() {
    return driver.findElement(By.id("copyDone")).getText();
  }

  /** The address of the new draft's editing page. */
  public String newDraftLink() {
    return driver.findElement(By.id("newDraft")).getAttribute("href");
  }

  /** Follows the link to the new draft's versions page. */
  public AgendaVersionsPage openNewDraftVersions() {
    driver.findElement(By.id("newVersions")).click();
    return AgendaVersionsPage.showing(driver, base);
  }
}
