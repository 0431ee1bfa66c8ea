package org.plenary.web.browser;

import java.net.URI;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A meeting's public approved minutes with the corrections log. */
public final class ApprovedMinutesPage extends PlenaryPage {
  private ApprovedMinutesPage(WebDriver driver, URI base) {
    super(driver, base);
  }

  public static ApprovedMinutesPage showing(WebDriver driver, URI base) {
    ApprovedMinutesPage page = new ApprovedMinutesPage(driver, base);
    page.await().until(ExpectedConditions.presenceOfElementLocated(By.id("approvedVersion")));
    return page;
  }

  public String version() {
    return driver.findElement(By.id("approvedVersion")).getText().strip();
  }

  public String minutesText() {
    return MinutesEditPage.itemsText(driver);
  }

  /** The rows of the corrections log. */
  public List<String> log() {
    return driver.findElements(By.cssSelector("[id='logForm:log_data'] > tr")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** The address of the PDF link. */
  public String pdfHref() {
    return driver.findElement(By.id("minutesPdf")).getAttribute("href");
  }
}
