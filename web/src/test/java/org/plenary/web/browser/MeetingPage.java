package org.plenary.web.browser;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A meeting's public agenda. */
public final class MeetingPage extends PlenaryPage {
  /** One line of the agenda: the day's label, start and end (HH:mm) and the item's title. */
  public record Item(String day, String start, String end, String title) {}

  private MeetingPage(WebDriver driver, URI base) {
    super(driver, base);
  }

  public static MeetingPage open(WebDriver driver, URI base, String slug) {
    PlenaryPage.visit(driver, base, "meetings/view.xhtml?slug=" + slug);
    return showing(driver, base);
  }

  public static MeetingPage showing(WebDriver driver, URI base) {
    MeetingPage page = new MeetingPage(driver, base);
    page.await().until(ExpectedConditions.presenceOfElementLocated(By.id("agenda")));
    return page;
  }

  /** Follows "Earlier versions and what changed" to the agenda's public history. */
  public AgendaHistoryPage openHistory() {
    click(By.id("agendaHistory"));
    return AgendaHistoryPage.showing(driver, base);
  }

  public String theme() {
    return driver.findElement(By.cssSelector(".meeting-header .meeting-theme")).getText();
  }

  public String agendaVersion() {
    return driver.findElement(By.id("agendaVersion")).getText();
  }

  public String timeZoneNote() {
    return driver.findElement(By.id("timeZoneNote")).getText();
  }

  public String agendaHeading() {
    return driver.findElement(By.id("agendaHeading")).getText();
  }

  /** Every item of the meeting's own agenda, day by day. */
  public List<Item> items() {
    return items(driver.findElement(By.id("agenda")));
  }

  /** The titles of the side meetings shown after the agenda. */
  public List<String> sideMeetings() {
    return driver.findElements(By.cssSelector("section.side-meeting > h2 a")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** Every item of the side meetings' agendas. */
  public List<Item> sideMeetingItems() {
    List<Item> items = new ArrayList<>();
    for (WebElement side : driver.findElements(By.cssSelector("section.side-meeting"))) {
      items.addAll(items(side));
    }
    return items;
  }

  /** Opens the key questions of the item with this title and returns them. */
  public List<String> openKeyQuestions(String itemTitle) {
    WebElement item = item(itemTitle);
    WebElement summary = item.findElement(By.cssSelector("details.key-questions > summary"));
    summary.click();
    await()
        .until(
            d ->
                item.findElement(By.cssSelector("details.key-questions")).getAttribute("open")
                    != null);
    return item.findElements(By.cssSelector("details.key-questions li")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** The steps of the item with this title, such as "18:00 Bus departs". */
  public List<String> steps(String itemTitle) {
    return item(itemTitle).findElements(By.cssSelector(".item-steps li")).stream()
        .map(WebElement::getText)
        .toList();
  }

  private WebElement item(String title) {
    return driver.findElements(By.cssSelector("li.agenda-item")).stream()
        .filter(item -> item.findElement(By.cssSelector(".item-title")).getText().endsWith(title))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no agenda item titled " + title));
  }

  private static List<Item> items(WebElement container) {
    List<Item> items = new ArrayList<>();
    for (WebElement day : container.findElements(By.cssSelector("section.agenda-day"))) {
      String label = day.findElement(By.cssSelector(".day-label")).getText();
      for (WebElement item : day.findElements(By.cssSelector("li.agenda-item"))) {
        List<WebElement> times = item.findElements(By.cssSelector(".item-time time"));
        items.add(
            new Item(
                label,
                times.get(0).getText(),
                times.get(1).getText(),
                item.findElement(By.cssSelector(".item-title")).getText()));
      }
    }
    return items;
  }

  /** When the version was published, as the page says it (", published Friday 19 July 2019"). */
  public String agendaPublished() {
    return driver.findElement(By.id("agendaPublished")).getText();
  }

  /** The address of the download link with this id (agendaPdf, agendaIcs). */
  public String download(String id) {
    return driver.findElement(By.id(id)).getAttribute("href");
  }

  /** The text of the download link with this id, its accessible name. */
  public String downloadText(String id) {
    return driver.findElement(By.id(id)).getText();
  }

  /** The "add to calendar" link of the item with this title: its address. */
  public String itemCalendarLink(String itemTitle) {
    return item(itemTitle).findElement(By.cssSelector("a.item-ics")).getAttribute("href");
  }

  /** Whether the page offers the secretariat its link to the agenda's versions. */
  public boolean offersVersions() {
    return !driver.findElements(By.id("agendaVersions")).isEmpty();
  }

  /** Follows the secretariat's link to the agenda's versions. */
  public AgendaVersionsPage openVersions() {
    driver.findElement(By.id("agendaVersions")).click();
    return AgendaVersionsPage.showing(driver, base);
  }

  /** Who may attend, as the days and items that say so show it, in the page's order. */
  public List<String> audiences() {
    return driver
        .findElements(By.cssSelector("#agenda .day-audience, #agenda .item-audience"))
        .stream()
        .map(WebElement::getText)
        .toList();
  }

  /** Follows the link to the approved minutes, shown once they are approved. */
  public ApprovedMinutesPage openApprovedMinutes() {
    click(By.id("approvedMinutesLink"));
    return ApprovedMinutesPage.showing(driver, base);
  }
}
