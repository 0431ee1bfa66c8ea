package org.plenary.web.browser;

import java.net.URI;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** Asking for an account, and the pages its mailed link opens (confirm the address). */
public final class AccountRequestPage extends PlenaryPage {
  private AccountRequestPage(WebDriver driver, URI base) {
    super(driver, base);
  }

  public static AccountRequestPage open(WebDriver driver, URI base) {
    PlenaryPage.visit(driver, base, "accounts/request.xhtml");
    AccountRequestPage page = new AccountRequestPage(driver, base);
    page.await().until(ExpectedConditions.presenceOfElementLocated(By.id("requestForm:fullName")));
    return page;
  }

  /** Someone who asks for an account. */
  public record Request(
      String fullName,
      String email,
      String organisation,
      String country,
      String category,
      String role,
      String password) {}

  /** Fills the form in and sends it; waits for the page's answer. */
  public void send(Request request) {
    type("fullName", request.fullName());
    type("email", request.email());
    type("organisation", request.organisation());
    new Select(driver.findElement(By.id("requestForm:country"))).selectByValue(request.country());
    new Select(driver.findElement(By.id("requestForm:category"))).selectByValue(request.category());
    new Select(driver.findElement(By.id("requestForm:role"))).selectByValue(request.role());
    type("password", request.password());
    driver.findElement(By.id("requestForm:submit")).click();
    awaitAjax();
    await()
        .until(
            d ->
                !d.findElements(By.id("requestSent")).isEmpty()
                    || !d.findElements(By.cssSelector("#requestForm .ui-message-error")).isEmpty());
  }

  public String answer() {
    return driver.findElement(By.id("requestSent")).getText();
  }

  public String fieldMessage(String field) {
    return driver.findElement(By.id("requestForm:" + field + "Message")).getText();
  }

  /** Opens the confirmation link of the mail and presses the button; answers the page's words. */
  public static String confirm(WebDriver driver, URI base, String token) {
    PlenaryPage.visit(driver, base, "accounts/confirm.xhtml?token=" + token);
    PlenaryPage page = new PlenaryPage(driver, base);
    page.await().until(ExpectedConditions.elementToBeClickable(By.id("confirmForm:confirm")));
    Accessibility.assertAccessible(driver);
    driver.findElement(By.id("confirmForm:confirm")).click();
    page.await()
        .until(
            d ->
                !d.findElements(By.id("confirmed")).isEmpty()
                    || !d.findElements(By.cssSelector("#confirmForm .message-error")).isEmpty());
    return driver.findElement(By.id("confirmForm")).getText();
  }

  private void type(String field, String text) {
    WebElement input = driver.findElement(By.id("requestForm:" + field));
    input.clear();
    input.sendKeys(text);
  }
}
