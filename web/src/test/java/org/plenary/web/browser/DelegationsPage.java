package org.plenary.web.browser;

import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The secretariat's list of a meeting's delegations. */
public final class DelegationsPage extends PlenaryPage {
  public static final String PATH = "secretariat/delegations/list.xhtml?meeting=";
  private static final By TABLE = By.id("delegationsForm:delegations");

  private DelegationsPage(WebDriver driver, URI base) {
    super(driver, base);
  }

  public static DelegationsPage showing(WebDriver driver, URI base) {
    new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(TABLE));
    return new DelegationsPage(driver, base);
  }

  /**
   * Waits until the list shows exactly these rows, each as "organisation, head, people,
   * registered".
   */
  public DelegationsPage awaitRows(List<String> expected) {
    awaitTexts(this::rows, expected);
    return this;
  }

  /** Types into the organisation column's filter and awaits the rows. */
  public DelegationsPage filter(String text, List<String> expected) {
    typeFilter(By.id("delegationsForm:delegations:organisation"), text);
    return awaitRows(expected);
  }

  /** Sorts by a column ("organisation", "country") in this direction and awaits the rows. */
  public DelegationsPage sortBy(String column, String direction, List<String> expected) {
    sortColumn(By.id("delegationsForm:delegations:" + column), direction);
    return awaitRows(expected);
  }

  /** Downloads the CSV through the page's link once the link carries this text. */
  public String downloadCsv(String inLink) {
    return downloadOnceLinked(By.id("delegationsForm:exportCsv"), inLink);
  }

  public String tableText() {
    return driver.findElement(TABLE).getText();
  }

  private List<String> rows() {
    return driver
        .findElements(By.cssSelector("#delegationsForm\\:delegations_data > tr[data-ri]"))
        .stream()
        .map(
            row -> {
              List<String> cells =
                  row.findElements(By.tagName("td")).stream().map(PlenaryPage::cellText).toList();
              return List.of(cells.get(0), cells.get(2), cells.get(3), cells.get(4)).stream()
                  .collect(Collectors.joining(", "));
            })
        .toList();
  }
}
