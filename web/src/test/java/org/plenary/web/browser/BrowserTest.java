package org.plenary.web.browser;

import java.net.URI;
import java.net.URL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;
import org.plenary.web.it.TestServer;

/**
 * What every browser test starts from: the platform under test ({@link TestServer}, shared by the
 * run) and a fresh headless Chromium for each test.
 */
abstract class BrowserTest {
  /** The platform's address, for REST clients ({@code Api}) and fixtures. */
  final URL url = TestServer.url();

  /** The same address, for page objects. */
  final URI base = URI.create(url.toString());

  @RegisterExtension final Browser browser = new Browser();

  WebDriver driver;

  @BeforeEach
  final void openBrowser() {
    driver = browser.driver();
  }
}
