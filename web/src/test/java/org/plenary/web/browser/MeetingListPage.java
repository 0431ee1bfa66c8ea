package org.plenary.web.browser;

import java.net.URI;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

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

  /** The titles of the meetings listed (the edit links), in order. */
  public List<String> meetingTitles() {
    return driver
        .findElements(By.cssSelector("#meetingsForm\\:meetings_data a[id$=':edit']"))
        .stream()
        .map(WebElement::getText)
        .toList();
  }

  /** Types into the title column's filter and waits until the list shows exactly these titles. */
  public MeetingListPage filter(String text, List<String> expected) {
    typeFilter(By.id("meetingsForm:meetings:title"), text);
    return awaitTitles(expected);
  }

  /** Chooses an agenda status above the list by its words and awaits the titles. */
  public MeetingListPage status(String status, List<String> expected) {
    new Select(driver.findElement(By.id("meetingsForm:statusFilter"))).selectByVisibleText(status);
    return awaitTitles(expected);
  }

  /** Clicks a column's header until it sorts in this direction; awaits the titles. */
  public MeetingListPage sortBy(String column, String direction, List<String> expected) {
    sortColumn(By.id("meetingsForm:meetings:" + column), direction);
    return awaitTitles(expected);
  }

  private MeetingListPage awaitTitles(List<String> expected) {
    awaitTexts(this::meetingTitles, expected);
    return this;
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
