package org.plenary.web.browser;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The login page. */
public final class LoginPage extends PlenaryPage {
  public static final String DEMO_PASSWORD = "plenary-demo";

  private LoginPage(WebDriver driver, URI base) {
    super(driver, base);
  }

  public static LoginPage open(WebDriver driver, URI base) {
    PlenaryPage.visit(driver, base, "login.xhtml");
    return showing(driver, base);
  }

  /** The login page that goes on to {@code from} (a path of the application) after success. */
  public static LoginPage openFrom(WebDriver driver, URI base, String from) {
    PlenaryPage.visit(
        driver, base, "login.xhtml?from=" + URLEncoder.encode(from, StandardCharsets.UTF_8));
    return showing(driver, base);
  }

  public static LoginPage showing(WebDriver driver, URI base) {
    LoginPage page = new LoginPage(driver, base);
    page.await().until(ExpectedConditions.presenceOfElementLocated(By.id("loginForm")));
    return page;
  }

  /** Types the credentials and submits; waits until the browser has left this page. */
  public void signInAs(String username, String password) {
    String before = driver.getCurrentUrl();
    submit(username, password);
    await().until(ExpectedConditions.not(ExpectedConditions.urlToBe(before)));
  }

  /** Types the credentials and submits; waits for the answer on this page. */
  public LoginPage submitExpectingRefusal(String username, String password) {
    submit(username, password);
    awaitAjax();
    await()
        .until(
            d ->
                !d.findElements(
                        By.cssSelector("#loginForm .message-error, #loginForm .ui-message-error"))
                    .isEmpty());
    return this;
  }

  /**
   * Types the credentials, loses the server's view of the page (the browser forgets its session, as
   * when the node that held it died), submits (an AJAX post), and waits for the page that comes
   * back.
   */
  public LoginPage submitAfterLosingTheView(String username, String password) {
    WebElement form = driver.findElement(By.id("loginForm"));
    driver.findElement(By.id("loginForm:username")).sendKeys(username);
    driver.findElement(By.id("loginForm:password")).sendKeys(password);
    driver.manage().deleteCookieNamed("JSESSIONID");
    driver.findElement(By.id("loginForm:logIn")).click();
    awaitGone(form);
    return showing(driver, base);
  }

  public String username() {
    return driver.findElement(By.id("loginForm:username")).getDomProperty("value");
  }

  /** The messages about the whole form, such as a refused login. */
  public List<String> formMessages() {
    return driver.findElements(By.cssSelector("#loginForm\\:loginMessages li")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** The message shown beside a field ("username" or "password"). */
  public String fieldMessage(String field) {
    return driver.findElement(By.id("loginForm:" + field + "Message")).getText();
  }

  public String password() {
    return driver.findElement(By.id("loginForm:password")).getAttribute("value");
  }

  private void submit(String username, String password) {
    WebElement user = driver.findElement(By.id("loginForm:username"));
    user.clear();
    user.sendKeys(username);
    WebElement secret = driver.findElement(By.id("loginForm:password"));
    secret.clear();
    secret.sendKeys(password);
    driver.findElement(By.id("loginForm:logIn")).click();
  }
}
