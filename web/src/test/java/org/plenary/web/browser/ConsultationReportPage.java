package org.plenary.web.browser;

import java.net.URI;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The report page of a consultation: its rows, its downloads and the drafter's publishing. */
public final class ConsultationReportPage extends PlenaryPage {
  public ConsultationReportPage(WebDriver driver, URI base) {
    super(driver, base);
  }

  public ConsultationReportPage open(long id) {
    visit(driver, base, "consultations/report.xhtml?id=" + id);
    await().until(ExpectedConditions.presenceOfElementLocated(By.id("reportForm:report")));
    return this;
  }

  public List<String> rows() {
    return driver.findElements(By.cssSelector("#reportForm\\:report_data > tr[data-ri]")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** The status shown under the title. */
  public String summary() {
    return driver.findElement(By.id("consultationLink")).findElement(By.xpath("..")).getText();
  }

  public boolean canPublish() {
    return !driver.findElements(By.id("reportForm:publishReport")).isEmpty();
  }

  /** The warning that comments have no answer yet, or "" when there is none. */
  public String unansweredWarning() {
    return driver.findElements(By.id("unansweredWarning")).stream()
        .map(WebElement::getText)
        .findFirst()
        .orElse("");
  }

  /** Presses "Publish the report"; answers the page's message. */
  public String publish() {
    click(By.id("reportForm:publishReport"));
    By message = By.cssSelector("#reportForm\\:reportMessages li");
    return await().until(ExpectedConditions.presenceOfElementLocated(message)).getText();
  }

  /** Where the download link {@code reportCsv} or {@code reportPdf} points. */
  public String link(String id) {
    return driver.findElement(By.id(id)).getAttribute("href");
  }
}
