package org.plenary.web.browser;

import java.net.URI;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A meeting's editor: details, days, rooms, the items of the day shown (timeline and keyboard
 * list), and the day, item and split dialogs.
 */
public final class MeetingEditPage extends PlenaryPage {
  static final String PATH = "secretariat/meetings/edit.xhtml?slug=";

  /** One item as the list of the day shows it. */
  public record Row(String time, String title, String room) {}

  private MeetingEditPage(WebDriver driver, URI base) {
    super(driver, base);
  }

  /** Asks for a meeting's editor; who gets it depends on who is signed in. */
  public static void request(WebDriver driver, URI base, String slug) {
    PlenaryPage.visit(driver, base, PATH + slug);
  }

  public static MeetingEditPage open(WebDriver driver, URI base, String slug) {
    request(driver, base, slug);
    return showing(driver, base);
  }

  public static MeetingEditPage showing(WebDriver driver, URI base) {
    MeetingEditPage page = new MeetingEditPage(driver, base);
    page.await().until(ExpectedConditions.presenceOfElementLocated(By.id("meetingForm:title")));
    page.awaitAjax();
    return page;
  }

  // --- details and page messages

  public MeetingEditPage retitle(String title) {
    type("meetingForm:title", title);
    return this;
  }

  public String titleField() {
    return driver.findElement(By.id("meetingForm:title")).getAttribute("value");
  }

  /** Saves the details; waits for the answer, whatever it is. */
  public MeetingEditPage saveDetails() {
    click(By.id("meetingForm:saveDetails"));
    awaitAjax();
    return this;
  }

  /** The messages at the top of the page (changes saved, conflicts). */
  public List<String> pageMessages() {
    return driver.findElements(By.cssSelector("#pageForm\\:pageMessagesList li")).stream()
        .map(WebElement::getText)
        .toList();
  }

  public MeetingEditPage reload() {
    click(By.id("pageForm:reload"));
    awaitAjax();
    await().until(d -> pageMessages().stream().anyMatch(m -> m.contains("reloaded")));
    return this;
  }

  /** The link of the page, by id (versionsLink, copyLink, backToList). */
  public String link(String id) {
    return driver.findElement(By.id(id)).getText()
        + " "
        + driver.findElement(By.id(id)).getAttribute("href");
  }

  // --- days

  /** Opens the day dialog for a new day and fills it; call {@link #saveDay} next. */
  public MeetingEditPage fillNewDay(String date, String label, String opensAt, String closesAt) {
    click(By.id("daysForm:addDay"));
    await().until(ExpectedConditions.visibilityOfElementLocated(By.id("dayForm:dayLabel")));
    awaitAjax();
    type("dayForm:dayDate", date);
    type("dayForm:dayLabel", label);
    type("dayForm:opensAt", opensAt);
    type("dayForm:closesAt", closesAt);
    return this;
  }

  /** Ticks a category of who may attend the day (by its label). */
  public MeetingEditPage admitToDay(String categoryLabel) {
    driver
        .findElement(
            By.xpath("//form[@id='dayForm']//label[normalize-space()='" + categoryLabel + "']"))
        .click();
    return this;
  }

  public MeetingEditPage saveDay() {
    click(By.id("dayForm:saveDay"));
    awaitAjax();
    await().until(ExpectedConditions.invisibilityOfElementLocated(By.id("dayForm:dayLabel")));
    awaitNoModalDialog();
    return this;
  }

  /** Saves the day dialog expecting a refusal; answers the message beside the field. */
  public String saveDayRefused(String field) {
    click(By.id("dayForm:saveDay"));
    awaitAjax();
    return messageBeside("dayForm:" + field);
  }

  public void closeDayDialog() {
    click(By.id("dayForm:cancelDay"));
    await().until(ExpectedConditions.invisibilityOfElementLocated(By.id("dayForm:dayLabel")));
  }

  /** The labels of the days as the table lists them. */
  public List<String> days() {
    return driver
        .findElements(By.cssSelector("#daysForm\\:days_data > tr[data-ri] td:nth-child(2)"))
        .stream()
        .map(MeetingEditPage::cellText)
        .toList();
  }

  /** Shows the day whose label starts the option's text after the date. */
  public MeetingEditPage showDay(String label) {
    Select days = new Select(driver.findElement(By.id("itemsForm:shownDate")));
    WebElement option =
        days.getOptions().stream()
            .filter(o -> o.getText().endsWith("– " + label))
            .findFirst()
            .orElseThrow();
    days.selectByVisibleText(option.getText());
    awaitAjax();
    await()
        .until(
            d ->
                new Select(d.findElement(By.id("itemsForm:shownDate")))
                    .getFirstSelectedOption()
                    .getText()
                    .endsWith("– " + label));
    return this;
  }

  // --- items

  /** Opens the item dialog for a new item on the day shown. */
  public ItemDialog newItem() {
    click(By.id("itemsForm:addItem"));
    return ItemDialog.awaitOpen(this);
  }

  /** Opens the item dialog of an item of the day shown, by its title. */
  public ItemDialog editItem(String title) {
    click(button(title, "editItem"));
    return ItemDialog.awaitOpen(this);
  }

  /** The items of the day shown, in order. */
  public List<Row> items() {
    return driver.findElements(By.cssSelector("#itemsForm\\:items_data > tr[data-ri]")).stream()
        .map(
            row ->
                new Row(
                    row.findElement(By.cssSelector(".item-time")).getText(),
                    row.findElement(By.cssSelector(".item-title")).getText(),
                    row.findElement(By.cssSelector(".item-room")).getText()))
        .toList();
  }

  /** The time of the item with this title, as the list shows it. */
  public String timeOf(String title) {
    return items().stream()
        .filter(row -> row.title().equals(title))
        .map(Row::time)
        .findFirst()
        .orElseThrow();
  }

  /** The rows (rooms) of the timeline, as it labels them. */
  public List<String> timelineRooms() {
    await()
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#itemsForm\\:timeline .vis-label")));
    return driver.findElements(By.cssSelector("#itemsForm\\:timeline .vis-label")).stream()
        .map(label -> label.getAttribute("textContent").strip())
        .toList();
  }

  /**
   * The titles of the timeline's boxes. Read as text content: a box the timeline has drawn outside
   * its scrolled window (or not yet repainted on a loaded machine) has no visible text.
   */
  public List<String> timelineItems() {
    return driver.findElements(By.cssSelector("#itemsForm\\:timeline .vis-item-content")).stream()
        .map(box -> box.getAttribute("textContent").strip())
        .toList();
  }

  /** Clicks an item's box on the timeline: its dialog opens. */
  public ItemDialog clickOnTimeline(String title) {
    click(timelineBox(title));
    return ItemDialog.awaitOpen(this);
  }

  /**
   * Drags an item's box on the timeline (it must be selected, as a click does) by {@code dx} pixels
   * along the time axis, and waits until the list of the day shows a change.
   */
  public MeetingEditPage dragOnTimeline(String title, int dx) {
    String before = String.valueOf(items());
    WebElement box = timelineBox(title);
    new Actions(driver)
        .clickAndHold(box)
        .moveByOffset(dx / 4, 0)
        .moveByOffset(dx / 4, 0)
        .moveByOffset(dx / 4, 0)
        .moveByOffset(dx - 3 * (dx / 4), 0)
        .release()
        .perform();
    awaitAjax();
    await()
        .withMessage(() -> "the drag changed nothing: " + items())
        .until(d -> !String.valueOf(items()).equals(before) || !itemsMessages().isEmpty());
    return this;
  }

  private WebElement timelineBox(String title) {
    return await()
        .withMessage(() -> "no box " + title + " on the timeline: " + timelineItems())
        .until(
            d ->
                d.findElements(By.cssSelector("#itemsForm\\:timeline .vis-item")).stream()
                    .filter(box -> box.getText().strip().equals(title))
                    .findFirst()
                    .orElse(null));
  }

  /**
   * Presses a keyboard control of an item (earlier, later, longer, shorter, moveToRoom) with the
   * Enter key, and waits until the list shows the change.
   */
  public MeetingEditPage press(String title, String control) {
    awaitNoModalDialog();
    String before = String.valueOf(items());
    WebElement button = button(title, control);
    ((JavascriptExecutor) driver).executeScript("arguments[0].focus();", button);
    await().until(d -> button.equals(d.switchTo().activeElement()));
    new Actions(driver).sendKeys(Keys.ENTER).perform();
    awaitAjax();
    await()
        .withMessage(() -> "nothing happened after Enter on " + control + ": " + items())
        .until(d -> !String.valueOf(items()).equals(before) || !itemsMessages().isEmpty());
    return this;
  }

  /** Chooses, with the keyboard, the room the item's "Move to room" control moves it to. */
  public MeetingEditPage chooseRoomFor(String title, String room) {
    WebElement select = row(title).findElement(By.cssSelector("select[id$='targetRoom']"));
    new Select(select).selectByVisibleText(room);
    return this;
  }

  /** Whether the control has the keyboard focus after the page updated. */
  public String focusedText() {
    return (String)
        ((JavascriptExecutor) driver)
            .executeScript("return document.activeElement && document.activeElement.id;");
  }

  /** Splits the session with this title, continuing on the day shown. */
  public MeetingEditPage split(String title, String at, String resumeStart, String resumeEnd) {
    click(button(title, "splitItem"));
    await().until(ExpectedConditions.visibilityOfElementLocated(By.id("splitForm:splitAt")));
    awaitAjax();
    type("splitForm:splitAt", at);
    type("splitForm:resumeStart", resumeStart);
    type("splitForm:resumeEnd", resumeEnd);
    click(By.id("splitForm:split"));
    awaitAjax();
    await().until(ExpectedConditions.invisibilityOfElementLocated(By.id("splitForm:splitAt")));
    awaitNoModalDialog();
    return this;
  }

  /** The list's messages (refused moves). */
  public List<String> itemsMessages() {
    return driver.findElements(By.cssSelector("#itemsForm\\:itemsMessagesList li")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** Waits until no modal dialog (or its mask) covers the page. */
  void awaitNoModalDialog() {
    await()
        .until(
            ExpectedConditions.invisibilityOfElementLocated(
                By.cssSelector(".ui-widget-overlay, .ui-dialog-mask")));
  }

  WebElement row(String title) {
    return driver.findElements(By.cssSelector("#itemsForm\\:items_data > tr[data-ri]")).stream()
        .filter(r -> r.findElement(By.cssSelector(".item-title")).getText().equals(title))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no item " + title + " in " + items()));
  }

  private WebElement button(String title, String control) {
    return row(title).findElement(By.cssSelector("[id$=':" + control + "']"));
  }

  String messageBeside(String clientId) {
    By message = By.id(clientId + "Message");
    await().until(d -> !d.findElement(message).getText().isBlank());
    return driver.findElement(message).getText();
  }

  void type(String id, String text) {
    WebElement field = driver.findElement(By.id(id));
    field.clear();
    if (text != null && !text.isEmpty()) {
      field.sendKeys(text);
    }
  }

  /** The item dialog, open. */
  public static final class ItemDialog {
    private final MeetingEditPage page;
    private final WebDriver driver;

    private ItemDialog(MeetingEditPage page) {
      this.page = page;
      this.driver = page.driver;
    }

    static ItemDialog awaitOpen(MeetingEditPage page) {
      page.await()
          .until(ExpectedConditions.visibilityOfElementLocated(By.id("itemForm:itemTitle")));
      page.awaitAjax();
      return new ItemDialog(page);
    }

    public ItemDialog kind(String label) {
      new Select(driver.findElement(By.id("itemForm:itemKind"))).selectByVisibleText(label);
      return this;
    }

    public ItemDialog sessionNumber(String number) {
      page.type("itemForm:itemSessionNumber", number);
      return this;
    }

    public ItemDialog title(String title) {
      page.type("itemForm:itemTitle", title);
      return this;
    }

    public String title() {
      return driver.findElement(By.id("itemForm:itemTitle")).getAttribute("value");
    }

    public ItemDialog times(String start, String end) {
      page.type("itemForm:itemStart", start);
      page.type("itemForm:itemEnd", end);
      return this;
    }

    public ItemDialog room(String room) {
      page.type("itemForm:itemRoom", room);
      return this;
    }

    public ItemDialog keyQuestions(String... questions) {
      WebElement field = driver.findElement(By.id("itemForm:itemKeyQuestions"));
      field.clear();
      for (int i = 0; i < questions.length; i++) {
        field.sendKeys(questions[i]);
        if (i < questions.length - 1) {
          field.sendKeys(Keys.SHIFT, Keys.ENTER);
        }
      }
      return this;
    }

    /** Adds a role played by the person of the directory whose name the option starts with. */
    public ItemDialog addRole(String kindLabel, String label, String person) {
      int before = roleCount();
      page.click(By.id("itemForm:addRole"));
      page.awaitAjax();
      page.await().until(d -> roleCount() == before + 1);
      List<WebElement> kinds = driver.findElements(By.cssSelector("select[id$=':roleKind']"));
      new Select(kinds.get(before)).selectByVisibleText(kindLabel);
      List<WebElement> labels = driver.findElements(By.cssSelector("input[id$=':roleLabel']"));
      labels.get(before).sendKeys(label);
      Select people =
          new Select(driver.findElements(By.cssSelector("select[id$=':rolePerson']")).get(before));
      String option =
          people.getOptions().stream()
              .map(WebElement::getText)
              .filter(text -> text.startsWith(person))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no person " + person + " to choose"));
      people.selectByVisibleText(option);
      return this;
    }

    /** Adds a role played by an organisation of the directory (e.g. a country's delegation). */
    public ItemDialog addOrganisationRole(String kindLabel, String label, String organisation) {
      int before = roleCount();
      page.click(By.id("itemForm:addRole"));
      page.awaitAjax();
      page.await().until(d -> roleCount() == before + 1);
      new Select(driver.findElements(By.cssSelector("select[id$=':roleKind']")).get(before))
          .selectByVisibleText(kindLabel);
      driver.findElements(By.cssSelector("input[id$=':roleLabel']")).get(before).sendKeys(label);
      new Select(driver.findElements(By.cssSelector("select[id$=':roleOrganisation']")).get(before))
          .selectByVisibleText(organisation);
      return this;
    }

    private int roleCount() {
      return driver.findElements(By.cssSelector("select[id$=':roleKind']")).size();
    }

    /** Saves; the dialog closes and the list of the day shows the item. */
    public MeetingEditPage save() {
      page.click(By.id("itemForm:saveItem"));
      page.awaitAjax();
      page.await()
          .until(ExpectedConditions.invisibilityOfElementLocated(By.id("itemForm:itemTitle")));
      page.awaitNoModalDialog();
      return page;
    }

    /**
     * Saves expecting a refusal; answers the message beside the field (Start, End, Room, Roles,
     * Date...), the dialog still open with everything typed.
     */
    public String saveRefused(String field) {
      page.click(By.id("itemForm:saveItem"));
      page.awaitAjax();
      return page.messageBeside("itemForm:item" + field);
    }

    public List<String> messages() {
      return driver.findElements(By.cssSelector("#itemForm\\:itemMessagesList li")).stream()
          .map(WebElement::getText)
          .toList();
    }

    public MeetingEditPage cancel() {
      page.click(By.id("itemForm:cancelItem"));
      page.await()
          .until(ExpectedConditions.invisibilityOfElementLocated(By.id("itemForm:itemTitle")));
      return page;
    }
  }

  // --- follow-up on the actions of an earlier meeting

  /**
   * Pulls a follow-up item for the earlier meeting's open actions onto the day shown (times as
   * HH:mm); answers the message beside the meeting field, empty when there is none.
   */
  public String pullFollowUp(String from, String start, String end) {
    type("followUpForm:followUpFrom", from);
    for (String[] time : new String[][] {{"followUpStart", start}, {"followUpEnd", end}}) {
      // a time input is typed segment by segment in the browser's locale: set its value
      ((JavascriptExecutor) driver)
          .executeScript(
              "arguments[0].value = arguments[1];",
              driver.findElement(By.id("followUpForm:" + time[0])),
              time[1]);
    }
    click(By.id("followUpForm:pullFollowUp"));
    awaitAjax();
    return driver.findElement(By.id("followUpForm:followUpFromMessage")).getText().strip();
  }
}
