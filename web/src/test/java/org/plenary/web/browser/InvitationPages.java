package org.plenary.web.browser;

import java.net.URI;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The secretariat's invitation form, and the page its mailed link opens to set a password. */
public final class InvitationPages extends PlenaryPage {
  private InvitationPages(WebDriver driver, URI base) {
    super(driver, base);
  }

  public static InvitationPages invite(WebDriver driver, URI base) {
    PlenaryPage.visit(driver, base, "secretariat/accounts/invite.xhtml");
    InvitationPages page = new InvitationPages(driver, base);
    page.await().until(ExpectedConditions.presenceOfElementLocated(By.id("inviteForm:fullName")));
    return page;
  }

  /** Sends an invitation; waits for the page's message (global or beside a field). */
  public InvitationPages send(String fullName, String email, String role, String language) {
    type("inviteForm:fullName", fullName);
    type("inviteForm:email", email);
    new Select(driver.findElement(By.id("inviteForm:role"))).selectByValue(role);
    new Select(driver.findElement(By.id("inviteForm:language"))).selectByValue(language);
    driver.findElement(By.id("inviteForm:invite")).click();
    awaitAjax();
    await()
        .until(
            d ->
                !d.findElements(By.cssSelector("#inviteForm\\:inviteMessages li")).isEmpty()
                    || !d.findElements(By.cssSelector("#inviteForm .ui-message-error")).isEmpty());
    return this;
  }

  public String formMessage() {
    return driver.findElement(By.cssSelector("#inviteForm\\:inviteMessages li")).getText();
  }

  /** The message beside a field of the form shown ("inviteForm:email", "acceptForm:repeat"). */
  public String fieldMessage(String clientId) {
    return driver.findElement(By.id(clientId + "Message")).getText();
  }

  /** Opens the link of the invitation mail. */
  public static InvitationPages accept(WebDriver driver, URI base, String token) {
    PlenaryPage.visit(driver, base, "accounts/accept.xhtml?token=" + token);
    InvitationPages page = new InvitationPages(driver, base);
    page.await().until(ExpectedConditions.presenceOfElementLocated(By.id("acceptForm")));
    return page;
  }

  public String greeting() {
    return driver.findElement(By.id("greeting")).getText();
  }

  /** The message about the whole page, such as an unusable link. */
  public String acceptMessage() {
    return driver.findElement(By.cssSelector("#acceptForm\\:acceptMessages li")).getText();
  }

  /** Types the new password twice and sends it; waits for the answer. */
  public InvitationPages setPassword(String password, String repeat) {
    type("acceptForm:password", password);
    type("acceptForm:repeat", repeat);
    driver.findElement(By.id("acceptForm:open")).click();
    awaitAjax();
    await()
        .until(
            d ->
                !d.findElements(By.id("opened")).isEmpty()
                    || !d.findElements(By.cssSelector("#acceptForm .ui-message-error")).isEmpty());
    return this;
  }

  public boolean opened() {
    return !driver.findElements(By.id("opened")).isEmpty();
  }

  private void type(String id, String text) {
    WebElement input = driver.findElement(By.id(id));
    input.clear();
    input.sendKeys(text);
  }
}
