package org.plenary.web.browser;

import java.net.URI;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Your data (/me/privacy.xhtml): the download, and the erasure confirmed by the user name. */
public final class PrivacyPage extends PlenaryPage {
  private PrivacyPage(WebDriver driver, URI base) {
    super(driver, base);
  }

  /** Follows the header's "Your data" link. */
  public static PrivacyPage fromHeader(WebDriver driver, URI base) {
    driver.findElement(By.id("yourData")).click();
    PrivacyPage page = new PrivacyPage(driver, base);
    page.await().until(ExpectedConditions.presenceOfElementLocated(By.id("privacyForm")));
    return page;
  }

  /** What the download link serves, fetched by the page with the session's cookie. */
  public String download() {
    String href = driver.findElement(By.id("download")).getAttribute("href");
    Object text =
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0], {credentials: 'same-origin'})"
                    + ".then(r => r.text().then(t => done(r.status + ' ' + t)))"
                    + ".catch(e => done('failed ' + e));",
                href);
    return String.valueOf(text);
  }

  /** Types the confirmation and erases; stays here when refused. */
  public void erase(String confirmation) {
    WebElement field = driver.findElement(By.id("privacyForm:confirmation"));
    field.clear();
    field.sendKeys(confirmation);
    click(By.id("privacyForm:erase"));
  }

  public String confirmationMessage() {
    return await()
        .until(
            ExpectedConditions.visibilityOfElementLocated(By.id("privacyForm:confirmationMessage")))
        .getText();
  }

  /** Waits for the page that says the data is erased; its heading. */
  public String awaitErased() {
    await().until(ExpectedConditions.urlContains("erased.xhtml"));
    return heading();
  }
}
