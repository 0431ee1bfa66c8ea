package org.plenary.web.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The dialog that warns a signed-in user before their session ends. */
public final class SessionWarning {
  private static final By DIALOG = By.id("sessionWarning");

  private final WebDriver driver;

  public SessionWarning(WebDriver driver) {
    this.driver = driver;
  }

  /**
   * Shows the warning as its timer would, two minutes before the end of the session; the timer
   * itself runs for 28 minutes, too long for a test.
   */
  public SessionWarning showNow() {
    ((JavascriptExecutor) driver).executeScript("PrimeFaces.widgets.sessionWarning.show();");
    await().until(ExpectedConditions.visibilityOfElementLocated(DIALOG));
    return this;
  }

  public boolean isShown() {
    return driver.findElement(DIALOG).isDisplayed();
  }

  public String text() {
    return driver.findElement(By.id("sessionWarningText")).getText();
  }

  /** The text of the element that has the keyboard focus. */
  public String focused() {
    // The dialog moves focus to its button just after it shows; a loaded machine can be slower.
    await().until(d -> !"body".equals(d.switchTo().activeElement().getTagName()));
    return driver.switchTo().activeElement().getText();
  }

  /** Presses Enter on the focused element, as a keyboard user would on "Stay signed in". */
  public void pressEnter() {
    WebElement focused = driver.switchTo().activeElement();
    focused.sendKeys(Keys.ENTER);
    await().until(ExpectedConditions.invisibilityOfElementLocated(DIALOG));
  }

  private WebDriverWait await() {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    wait.ignoring(StaleElementReferenceException.class);
    return wait;
  }
}
