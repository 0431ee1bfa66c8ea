package org.plenary.web.browser;

import java.net.URI;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The home page: introduction and the list of published meetings. */
public final class HomePage extends PlenaryPage {
  private HomePage(WebDriver driver, URI base) {
    super(driver, base);
  }

  public static HomePage open(WebDriver driver, URI base) {
    PlenaryPage.visit(driver, base, "");
    return new HomePage(driver, base);
  }

  public static HomePage showing(WebDriver driver, URI base) {
    return new HomePage(driver, base);
  }

  public String introduction() {
    return driver.findElement(By.cssSelector("main p.lead")).getText();
  }

  /** The titles of the meetings in the list, as links. */
  public List<String> meetings() {
    return driver
        .findElements(By.cssSelector("#meetingsForm\\:meetings tbody td:first-child > a"))
        .stream()
        .map(WebElement::getText)
        .toList();
  }

  /** Types into the meeting column's filter and waits until the list shows exactly these titles. */
  public HomePage filterMeetings(String text, List<String> expected) {
    typeFilter(By.id("meetingsForm:meetings:title"), text);
    return awaitMeetings(expected);
  }

  /** Chooses past or upcoming meetings above the list (by its words) and awaits the titles. */
  public HomePage chooseWhen(String when, List<String> expected) {
    new Select(driver.findElement(By.id("meetingsForm:whenFilter"))).selectByVisibleText(when);
    return awaitMeetings(expected);
  }

  /** Clicks a column's header ("title", "dates", "city") until it sorts in this direction. */
  public HomePage sortBy(String column, String direction, List<String> expected) {
    sortColumn(By.id("meetingsForm:meetings:" + column), direction);
    return awaitMeetings(expected);
  }

  /** The list's text, with its message when no meeting is shown. */
  public String listText() {
    return driver.findElement(By.id("meetingsForm:meetings")).getText();
  }

  private HomePage awaitMeetings(List<String> expected) {
    awaitTexts(this::meetings, expected);
    return this;
  }

  public MeetingPage openMeeting(String title) {
    driver.findElement(By.linkText(title)).click();
    return MeetingPage.showing(driver, base);
  }

  public LoginPage signIn() {
    driver.findElement(By.id("signIn")).click();
    return LoginPage.showing(driver, base);
  }
}
