package org.plenary.web.browser;

import java.net.URI;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The secretariat's list of meetings to plan, with its "New meeting" dialog. */
public final class MeetingListPage extends PlenaryPage {
  static final String PATH = "secretariat/meetings/list.xhtml";

  private MeetingListPage(WebDriver driver, URI base) {
    super(driver, base);
  }

  /** Asks for the list; who gets it depends on who is signed in. */
  public static void request(WebDriver driver, URI base) {
    PlenaryPage.visit(driver, base, PATH);
  }

  public static MeetingListPage showing(WebDriver driver, URI base) {
    MeetingListPage page = new MeetingListPage(driver, base);
    page.await().until(ExpectedConditions.presenceOfElementLocated(By.id("meetingsForm:meetings")));
    return page;
  }

  /** The titles of the meetings on the page shown. */
  public List<String> titles() {
    return driver.findElements(By.cssSelector("#meetingsForm\\:meetings_data a")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** Opens the "New meeting" dialog and waits for it. */
  public MeetingListPage startNewMeeting() {
    click(By.id("meetingsForm:newMeeting"));
    await().until(ExpectedConditions.visibilityOfElementLocated(By.id("newMeetingForm:slug")));
    awaitAjax();
    return this;
  }

  /** Fills the new meeting's form (the dialog must be open) and creates it: its editor opens. */
  public MeetingEditPage create(
      String slug,
      String title,
      String venue,
      String city,
      String timeZone,
      String startDate,
      String endDate) {
    type("newMeetingForm:slug", slug);
    type("newMeetingForm:title", title);
    type("newMeetingForm:venueName", venue);
    type("newMeetingForm:city", city);
    type("newMeetingForm:timeZone", timeZone);
    type("newMeetingForm:startDate", startDate);
    type("newMeetingForm:endDate", endDate);
    click(By.id("newMeetingForm:create"));
    return MeetingEditPage.showing(driver, base);
  }

  private void type(String id, String text) {
    WebElement field = driver.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }
}
