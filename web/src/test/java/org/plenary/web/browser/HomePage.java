package org.plenary.web.browser;

import java.net.URI;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

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

  public MeetingPage openMeeting(String title) {
    driver.findElement(By.linkText(title)).click();
    return MeetingPage.showing(driver, base);
  }

  public LoginPage signIn() {
    driver.findElement(By.id("signIn")).click();
    return LoginPage.showing(driver, base);
  }
}
