package org.plenary.web.browser;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What every page of the layout has: heading, language switch, sign-in state, navigation. */
public class PlenaryPage {
  static final Duration WAIT = Duration.ofSeconds(20);

  protected final WebDriver driver;
  protected final URI base;

  protected PlenaryPage(WebDriver driver, URI base) {
    this.driver = driver;
    this.base = base;
  }

  /** Opens a page of the application by its path relative to the application's root. */
  static void visit(WebDriver driver, URI base, String path) {
    driver.get(base.resolve(path).toString());
  }

  public String heading() {
    return driver.findElement(By.tagName("h1")).getText();
  }

  /** The {@code lang} attribute of the page. */
  public String language() {
    return driver.findElement(By.tagName("html")).getAttribute("lang");
  }

  /** Follows the language switch and waits for the page to come back in that language. */
  public void switchLanguageTo(String tag) {
    String id = "en".equals(tag) ? "languageEn" : "languageFr";
    driver.findElement(By.id(id)).click();
    await().until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", tag));
  }

  public Optional<String> signedInAs() {
    List<WebElement> found = driver.findElements(By.id("signedInAs"));
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0).getText());
  }

  public void signOut() {
    driver.findElement(By.id("signOutForm:signOut")).click();
    await().until(ExpectedConditions.presenceOfElementLocated(By.id("signIn")));
  }

  public List<String> navigation() {
    return driver.findElements(By.cssSelector("nav.site-nav a")).stream()
        .map(WebElement::getText)
        .toList();
  }

  public String path() {
    return URI.create(driver.getCurrentUrl()).getPath();
  }

  public String url() {
    return driver.getCurrentUrl();
  }

  /**
   * Waits until the texts read from the page equal these: a lazy table's rows, read again whenever
   * its AJAX update replaced them while they were read.
   */
  protected void awaitTexts(Supplier<List<String>> read, List<String> expected) {
    await().until(d -> read.get().equals(expected));
  }

  protected WebDriverWait await() {
    WebDriverWait wait = new WebDriverWait(driver, WAIT);
    wait.ignoring(StaleElementReferenceException.class);
    return wait;
  }

  /**
   * Waits until the element has left the document: the page it was on was replaced. Asked about an
   * element of a document being replaced, ChromeDriver sometimes answers "Node with given id does
   * not belong to the document" instead of a stale element reference: that element is gone too.
   */
  protected void awaitGone(WebElement element) {
    await().until(d -> gone(element));
  }

  private static boolean gone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (StaleElementReferenceException stale) {
      return true;
    } catch (WebDriverException e) {
      if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
        return true;
      }
      throw e;
    }
  }

  /** Ticks a checkbox with the mouse unless it is ticked, and waits until it is. */
  protected void tick(WebElement checkbox) {
    if (!checkbox.isSelected()) {
      click(checkbox);
    }
    await().until(d -> checkbox.isSelected());
  }

  /**
   * Downloads a link's target once the link carries this text (an export link that follows a
   * table's filters is updated after the table's AJAX request) and answers its text.
   */
  protected String downloadOnceLinked(By link, String inLink) {
    awaitAjax();
    await().until(d -> d.findElement(link).getAttribute("href").contains(inLink));
    return fetchText(driver.findElement(link).getAttribute("href"));
  }

  /** Fetches a link's target in the browser's session (a download) and answers its text. */
  protected String fetchText(String href) {
    return (String)
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + " fetch(arguments[0], {credentials: 'same-origin'})"
                    + ".then(r => r.text()).then(done, () => done('failed'));",
                href);
  }

  /**
   * Types into a lazy table column's filter (its header's input; what was there is deleted with
   * keys: the table filters on key events, not on clear()).
   */
  protected void typeFilter(By column, String text) {
    WebElement input =
        driver.findElement(column).findElement(By.cssSelector("input.ui-column-filter"));
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    if (!text.isEmpty()) {
      input.sendKeys(text);
    }
  }

  /** Clicks a column's header title until the header says it sorts in this direction. */
  protected void sortColumn(By column, String direction) {
    // The header's title, not its middle: a filtered column has its filter field there.
    driver.findElement(column).findElement(By.className("ui-column-title")).click();
    await().until(d -> direction.equals(d.findElement(column).getAttribute("aria-sort")));
  }

  /** Waits until PrimeFaces has no AJAX request queued or running. */
  protected void awaitAjax() {
    await()
        .until(
            d ->
                (Boolean)
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();"));
  }

  /** Clicks an element after scrolling it to the middle of the window (dialogs can be tall). */
  protected void click(By locator) {
    click(await().until(ExpectedConditions.elementToBeClickable(locator)));
  }

  protected void click(WebElement element) {
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    element.click();
  }

  /** A table cell's own text, without the column title that reflow mode shows on narrow screens. */
  static String cellText(WebElement cell) {
    String title =
        cell.findElements(By.cssSelector(".ui-column-title")).stream()
            .map(WebElement::getText)
            .findFirst()
            .orElse("");
    return cell.getText().substring(title.length()).strip();
  }
}
