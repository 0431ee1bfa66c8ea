package org.plenary.web.browser;

import java.net.URI;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The signed-in person's registrations. */
public final class MyRegistrationsPage extends PlenaryPage {
  private MyRegistrationsPage(WebDriver driver, URI base) {
    super(driver, base);
  }

  public static MyRegistrationsPage open(WebDriver driver, URI base) {
    PlenaryPage.visit(driver, base, "me/registrations.xhtml");
    MyRegistrationsPage page = new MyRegistrationsPage(driver, base);
    page.await()
        .until(
            ExpectedConditions.presenceOfElementLocated(By.id("registrationsForm:registrations")));
    return page;
  }

  public List<String> meetings() {
    return driver.findElements(By.cssSelector(".registration-meeting")).stream()
        .map(WebElement::getText)
        .toList();
  }

  public List<String> socialEvents() {
    return driver.findElements(By.cssSelector(".registration-social-event")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** Follows the first registration's Change link to its form. */
  public RegisterPage changeFirst() {
    driver.findElement(By.id("registrationsForm:registrations:0:change")).click();
    return RegisterPage.showing(driver, base);
  }

  /** Presses Cancel on the first registration; waits for the question. */
  public MyRegistrationsPage askToCancelFirst() {
    driver.findElement(By.id("registrationsForm:registrations:0:cancel")).click();
    awaitAjax();
    await()
        .until(
            ExpectedConditions.visibilityOfElementLocated(By.id("cancelDialogForm:cancelConfirm")));
    return this;
  }

  public String question() {
    return driver.findElement(By.id("cancelText")).getText();
  }

  /** Answers yes; waits for the page's message. */
  public String confirmCancel() {
    driver.findElement(By.id("cancelDialogForm:cancelConfirm")).click();
    awaitAjax();
    await()
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#registrationsForm\\:registrationsMessages li")));
    return driver
        .findElement(By.cssSelector("#registrationsForm\\:registrationsMessages li"))
        .getText();
  }
}
