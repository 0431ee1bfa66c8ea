package org.plenary.web.browser;

import java.net.URI;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** One decision or action; its owner reports progress there. */
public final class ActionProgressPage extends PlenaryPage {
  static final String PATH = "me/action.xhtml?key=";

  private ActionProgressPage(WebDriver driver, URI base) {
    super(driver, base);
  }

  public static ActionProgressPage showing(WebDriver driver, URI base) {
    ActionProgressPage page = new ActionProgressPage(driver, base);
    page.await().until(ExpectedConditions.presenceOfElementLocated(By.id("actionStatus")));
    return page;
  }

  public String status() {
    return driver.findElement(By.id("actionStatus")).getText().strip();
  }

  public boolean offersTheForm() {
    return !driver.findElements(By.id("progressForm:saveProgress")).isEmpty();
  }

  /** Moves the status (its visible label) with a note; answers the messages. */
  public String report(String status, String note) {
    new Select(driver.findElement(By.id("progressForm:status"))).selectByVisibleText(status);
    WebElement text = driver.findElement(By.id("progressForm:note"));
    text.clear();
    text.sendKeys(note);
    click(By.id("progressForm:saveProgress"));
    awaitAjax();
    await().until(d -> !messages().isEmpty());
    return messages();
  }

  public String messages() {
    return driver.findElement(By.id("progressForm:progressMessages")).getText().strip();
  }

  /** The progress notes, one line each. */
  public List<String> notes() {
    return driver.findElements(By.cssSelector("#notesTable tbody tr")).stream()
        .map(WebElement::getText)
        .toList();
  }
}
