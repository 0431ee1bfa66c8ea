package org.plenary.web.browser;

import java.net.URI;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A delegation to a meeting, as its head manages it. */
public final class DelegationPage extends PlenaryPage {
  public static final String PATH = "me/delegation.xhtml?meeting=";

  private DelegationPage(WebDriver driver, URI base) {
    super(driver, base);
  }

  public static DelegationPage showing(WebDriver driver, URI base) {
    new WebDriverWait(driver, WAIT)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("delegationForm")));
    return new DelegationPage(driver, base);
  }

  /** Each person as "name, part, registered". */
  public List<String> people() {
    return driver.findElements(By.cssSelector("#delegationForm\\:people tbody tr")).stream()
        .map(
            row ->
                row.findElement(By.className("delegate-name")).getText()
                    + ", "
                    + row.findElement(By.className("delegate-role")).getText()
                    + ", "
                    + row.findElement(By.className("delegate-registered")).getText())
        .toList();
  }

  /** Substitutes the alternate for the member; returns the page's message. */
  public String substitute(String member, String alternate) {
    new Select(driver.findElement(By.id("delegationForm:leaving"))).selectByVisibleText(member);
    new Select(driver.findElement(By.id("delegationForm:coming"))).selectByVisibleText(alternate);
    WebElement before = driver.findElement(By.id("delegationForm:people"));
    driver.findElement(By.id("delegationForm:substitute")).click();
    awaitGone(before);
    return new WebDriverWait(driver, WAIT)
        .until(
            ExpectedConditions.visibilityOfElementLocated(
                By.id("delegationForm:delegationMessages")))
        .getText();
  }
}
