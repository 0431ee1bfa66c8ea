package org.plenary.web.browser;

import java.net.URI;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Registering oneself for a meeting. */
public final class RegisterPage extends PlenaryPage {
  private RegisterPage(WebDriver driver, URI base) {
    super(driver, base);
  }

  public static RegisterPage open(WebDriver driver, URI base, String meeting) {
    PlenaryPage.visit(driver, base, "me/register.xhtml?meeting=" + meeting);
    return showing(driver, base);
  }

  public static RegisterPage showing(WebDriver driver, URI base) {
    RegisterPage page = new RegisterPage(driver, base);
    page.await().until(ExpectedConditions.presenceOfElementLocated(By.id("registerForm")));
    return page;
  }

  /** Ticks the day whose label starts with the given text ("Day 1"). */
  public RegisterPage day(String label) {
    tick(
        driver.findElement(
            By.xpath(
                "//fieldset//label[starts-with(normalize-space(.), '"
                    + label
                    + "')]/preceding-sibling::input[1]")));
    return this;
  }

  public RegisterPage inPerson() {
    driver.findElement(By.cssSelector("#registerForm input[value='IN_PERSON']")).click();
    return this;
  }

  public RegisterPage socialEvent() {
    tick(driver.findElement(By.id("registerForm:socialEvent")));
    return this;
  }

  public RegisterPage dietaryNeeds(String needs) {
    driver.findElement(By.id("registerForm:dietaryNeeds")).sendKeys(needs);
    return this;
  }

  /** Sends the registration; waits for the answer: the registration or a refusal. */
  public RegisterPage submit() {
    driver.findElement(By.id("registerForm:register")).click();
    return awaitAnswer();
  }

  /** Opens the form on the registration as it stands; waits for it. */
  public RegisterPage change() {
    driver.findElement(By.id("registerForm:change")).click();
    awaitAjax();
    await().until(ExpectedConditions.presenceOfElementLocated(By.id("registerForm:save")));
    return this;
  }

  /** Whether the social event box is ticked. */
  public boolean socialEventTicked() {
    return driver.findElement(By.id("registerForm:socialEvent")).isSelected();
  }

  /** Unticks the social event box. */
  public RegisterPage noSocialEvent() {
    WebElement box = driver.findElement(By.id("registerForm:socialEvent"));
    if (box.isSelected()) {
      click(box);
    }
    await().until(d -> !box.isSelected());
    return this;
  }

  /** Saves the changes; waits for the registration as it now stands or a refusal. */
  public RegisterPage save() {
    driver.findElement(By.id("registerForm:save")).click();
    return awaitAnswer();
  }

  public String registeredDays() {
    return driver.findElement(By.id("registeredDays")).getText();
  }

  /** The page's message after registering or saving. */
  public String message() {
    return driver.findElement(By.cssSelector("#registerForm .message-info")).getText();
  }

  private RegisterPage awaitAnswer() {
    awaitAjax();
    await()
        .until(
            d ->
                !d.findElements(By.id("socialEventStatus")).isEmpty()
                    || !d.findElements(By.cssSelector("#registerForm .message-error")).isEmpty());
    return this;
  }

  public String socialEventStatus() {
    return driver.findElement(By.id("socialEventStatus")).getText();
  }

  /** The refusal: the rule's words and the server's reason. */
  public String refusal() {
    return driver.findElement(By.cssSelector("#registerForm .message-error")).getText();
  }
}
