package org.plenary.web.browser;

import java.net.URI;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The secretariat's account requests. */
public final class AccountRequestsPage extends PlenaryPage {
  static final String PATH = "secretariat/accounts/requests.xhtml";
  private static final By ROWS = By.cssSelector("#requestsForm\\:requests_data > tr[data-ri]");
  private static final By MESSAGE = By.cssSelector("#requestsForm\\:requestsMessages li");

  private AccountRequestsPage(WebDriver driver, URI base) {
    super(driver, base);
  }

  public static AccountRequestsPage open(WebDriver driver, URI base) {
    PlenaryPage.visit(driver, base, PATH);
    AccountRequestsPage page = new AccountRequestsPage(driver, base);
    page.await().until(ExpectedConditions.presenceOfElementLocated(By.id("requestsForm:requests")));
    return page;
  }

  /** Filters the table by a part of the name; waits until only matching rows remain. */
  public AccountRequestsPage filterByName(String name) {
    WebElement filter =
        driver.findElement(
            By.cssSelector("#requestsForm\\:requests\\:name input.ui-column-filter"));
    filter.sendKeys(name);
    await().until(d -> names().stream().allMatch(n -> n.contains(name)) && !names().isEmpty());
    awaitAjax();
    return this;
  }

  /** Sorts by the name column in this direction; waits until the rows show these names. */
  public AccountRequestsPage sortByName(String direction, List<String> expected) {
    sortColumn(By.id("requestsForm:requests:name"), direction);
    awaitTexts(this::names, expected);
    return this;
  }

  public List<String> names() {
    return driver.findElements(ROWS).stream()
        .map(row -> row.findElement(By.cssSelector(".request-name")).getText())
        .toList();
  }

  /** Approves the first row shown; answers the page's message. */
  public String approveFirst() {
    driver.findElement(By.id("requestsForm:requests:0:approve")).click();
    return awaitMessage();
  }

  /** Declines the first row shown with a reason, through the dialog; answers the page's message. */
  public String declineFirst(String reason) {
    driver.findElement(By.id("requestsForm:requests:0:decline")).click();
    awaitAjax();
    WebElement text =
        await()
            .until(
                ExpectedConditions.visibilityOfElementLocated(By.id("declineDialogForm:reason")));
    Accessibility.assertAccessible(driver);
    text.sendKeys(reason);
    driver.findElement(By.id("declineDialogForm:declineConfirm")).click();
    return awaitMessage();
  }

  /** Waits for the answer to an action and answers the page's message. */
  private String awaitMessage() {
    awaitAjax();
    await().until(ExpectedConditions.presenceOfElementLocated(MESSAGE));
    return driver.findElement(MESSAGE).getText();
  }
}
