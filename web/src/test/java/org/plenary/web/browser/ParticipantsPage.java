package org.plenary.web.browser;

import java.net.URI;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A meeting's participant list, as the people registered for it read it. */
public final class ParticipantsPage extends PlenaryPage {
  public static final String PATH = "me/participants.xhtml?meeting=";

  private ParticipantsPage(WebDriver driver, URI base) {
    super(driver, base);
  }

  public static ParticipantsPage showing(WebDriver driver, URI base) {
    new WebDriverWait(driver, WAIT)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("participantsForm:participants")));
    return new ParticipantsPage(driver, base);
  }

  /** Waits until the list shows exactly these names. */
  public ParticipantsPage awaitNames(List<String> expected) {
    awaitTexts(this::names, expected);
    return this;
  }

  /** Types into the name column's filter and awaits the names. */
  public ParticipantsPage filter(String text, List<String> expected) {
    typeFilter(By.id("participantsForm:participants:name"), text);
    return awaitNames(expected);
  }

  /** Sorts by a column ("name", "organisation", "country") in this direction; awaits the names. */
  public ParticipantsPage sortBy(String column, String direction, List<String> expected) {
    sortColumn(By.id("participantsForm:participants:" + column), direction);
    return awaitNames(expected);
  }

  private List<String> names() {
    return driver.findElements(By.cssSelector(".participant-name")).stream()
        .map(WebElement::getText)
        .toList();
  }
}
