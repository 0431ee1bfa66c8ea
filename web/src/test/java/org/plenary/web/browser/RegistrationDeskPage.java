package org.plenary.web.browser;

import java.net.URI;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The secretariat's registration desk of a meeting. */
public final class RegistrationDeskPage extends PlenaryPage {
  public static final String PATH = "secretariat/registrations/list.xhtml?meeting=";
  private static final By NAMES = By.cssSelector("#deskForm\\:registrations .desk-name");

  private RegistrationDeskPage(WebDriver driver, URI base) {
    super(driver, base);
  }

  public static RegistrationDeskPage showing(WebDriver driver, URI base) {
    new WebDriverWait(driver, WAIT)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("deskForm:registrations")));
    return new RegistrationDeskPage(driver, base);
  }

  public List<String> names() {
    return driver.findElements(NAMES).stream().map(WebElement::getText).toList();
  }

  /** Types into a column's filter and waits until the table shows exactly these names. */
  public RegistrationDeskPage filter(String column, String text, List<String> expected) {
    typeFilter(By.id("deskForm:registrations:" + column), text);
    return awaitNames(expected);
  }

  /**
   * Clicks a column's header and waits until the header says it sorts in this direction
   * ("ascending", then "descending") and the table shows this order.
   */
  public RegistrationDeskPage sortBy(String column, String direction, List<String> expected) {
    sortColumn(By.id("deskForm:registrations:" + column), direction);
    return awaitNames(expected);
  }

  public RegistrationDeskPage awaitNames(List<String> expected) {
    // the rows may be replaced by the table's AJAX update while they are read: read again
    new WebDriverWait(driver, WAIT)
        .ignoring(StaleElementReferenceException.class)
        .until(d -> names().equals(expected));
    return this;
  }

  public RegistrationDeskPage startDecline(String name) {
    driver.findElement(By.cssSelector("button[aria-label='" + name + ": Decline']")).click();
    new WebDriverWait(driver, WAIT)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("declineForm:reason")));
    return this;
  }

  /** Confirms the dialog with this reason (blank for none); returns the reason's message. */
  public String decline(String reason) {
    clickDecline(reason);
    if (reason.isBlank()) {
      // Read inside the wait: the dialog's form is re-rendered while the message appears.
      return new WebDriverWait(driver, WAIT)
          .ignoring(StaleElementReferenceException.class)
          .until(
              d -> {
                String text = d.findElement(By.id("declineForm:reasonMessage")).getText();
                return text.isBlank() ? null : text;
              });
    }
    new WebDriverWait(driver, WAIT)
        .until(ExpectedConditions.invisibilityOfElementLocated(By.id("declineDialog")));
    return "";
  }

  /** Clicks a row's Approve button; the answer comes as a message ({@link #awaitMessage}). */
  public void clickApprove(String name) {
    driver.findElement(By.cssSelector("button[aria-label='" + name + ": Approve']")).click();
  }

  /** The page's messages once they contain these words (the form is re-rendered meanwhile). */
  public String awaitMessage(String words) {
    return await()
        .until(
            d -> {
              String text = d.findElement(By.id("deskForm:deskMessages")).getText();
              return text.contains(words) ? text : null;
            });
  }

  /** Types the reason and confirms without waiting for the answer. */
  public void clickDecline(String reason) {
    WebElement field = driver.findElement(By.id("declineForm:reason"));
    field.clear();
    field.sendKeys(reason);
    driver.findElement(By.id("declineForm:declineConfirm")).click();
  }

  /** The message at the top of the decline dialog, once there is one. */
  public String awaitDialogMessage() {
    return await()
        .until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#declineForm\\:declineMessages li")))
        .getText();
  }

  /** The reason in the decline dialog's field. */
  public String reason() {
    return driver.findElement(By.id("declineForm:reason")).getAttribute("value");
  }

  public String rowText(String name) {
    return driver.findElements(By.cssSelector("#deskForm\\:registrations tbody tr")).stream()
        .map(WebElement::getText)
        .filter(text -> text.contains(name))
        .findFirst()
        .orElse("");
  }

  public String message() {
    return new WebDriverWait(driver, WAIT)
        .until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#deskForm\\:deskMessages")))
        .getText();
  }

  /** What the page says of the social event's seats. */
  public String socialEventStatus() {
    return driver.findElement(By.id("socialEventStatus")).getText();
  }

  /** Types the seats and saves them; answers the message beside the field or at the top. */
  public String saveSeats(String seats) {
    WebElement field = driver.findElement(By.id("deskForm:seats"));
    field.clear();
    field.sendKeys(seats);
    return saveAndAnswer("saveSeats", "seatsMessage");
  }

  /** What the page says of the registration deadline. */
  public String deadlineStatus() {
    return driver.findElement(By.id("deadlineStatus")).getText();
  }

  /** Sets the last day to register (ISO, or empty) and saves it; answers the message. */
  public String saveDeadline(String isoDate) {
    // a date input is typed segment by segment in the browser's locale: set its value
    ((JavascriptExecutor) driver)
        .executeScript(
            "arguments[0].value = arguments[1];",
            driver.findElement(By.id("deskForm:closesOn")),
            isoDate);
    return saveAndAnswer("saveDeadline", "closesOnMessage");
  }

  private String saveAndAnswer(String button, String fieldMessage) {
    WebElement save = driver.findElement(By.id("deskForm:" + button));
    save.click();
    // the form is rendered anew: wait for that, not for the message of the previous try
    new WebDriverWait(driver, WAIT).until(ExpectedConditions.stalenessOf(save));
    return new WebDriverWait(driver, WAIT)
        .until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#deskForm\\:" + fieldMessage + ", #deskForm\\:deskMessages li")))
        .getText();
  }

  /** Downloads the CSV export through the page's link, in the browser's session. */
  public String downloadCsv() {
    return fetchText(driver.findElement(By.id("exportCsv")).getAttribute("href"));
  }
}
