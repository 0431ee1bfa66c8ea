package org.plenary.web.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * A headless Chromium for each test that starts with no cookies, no stored data and no cache, and
 * is ended or handed on after the test. Register it as a field: {@code @RegisterExtension final
 * Browser browser = new Browser();}.
 *
 * <p>Starting Chromium and its driver costs about a second, paid once per test across some 60
 * browser tests. So a browser whose test ended on one of our pages is wiped and kept for the next
 * test: its page is left for {@code about:blank}, then the cookies, cache and everything the site
 * stored (local storage included, where the session time-out warning keeps the time of the last
 * request) are cleared through the DevTools protocol. A browser that cannot be wiped (an open
 * dialog, a test that ended elsewhere, an error) is quit instead. Idle browsers are quit when the
 * test JVM exits.
 *
 * <p>Debian's {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} by default; the system
 * properties {@code plenary.browser.binary} and {@code plenary.browser.driver} point elsewhere.
 * Selenium Manager is never asked to download anything.
 */
public final class Browser implements BeforeEachCallback, AfterEachCallback {
  /** The browser's interface language, so that the default language of the site is known. */
  static final String ACCEPT_LANGUAGE = "en-GB,en";

  private static final List<String> FLAGS =
      List.of(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--disable-dev-shm-usage",
          "--window-size=1280,1024");

  private static final Deque<Chromium> IDLE = new ConcurrentLinkedDeque<>();

  static {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  for (Chromium idle = IDLE.poll(); idle != null; idle = IDLE.poll()) {
                    idle.quit();
                  }
                },
                "quit-idle-chromium"));
  }

  private Chromium chromium;

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    Chromium idle = IDLE.poll();
    chromium = idle != null ? idle : Chromium.start();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    Chromium used = chromium;
    chromium = null;
    if (used != null) {
      if (used.wipe()) {
        IDLE.push(used);
      } else {
        used.quit();
      }
    }
  }

  public WebDriver driver() {
    return chromium.driver;
  }

  /** What the page scripts wrote to the console since the last call, errors included. */
  public List<String> consoleMessages() {
    return chromium.driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .map(LogEntry::getMessage)
        .toList();
  }

  /** One Chromium process, its driver and its profile folder. */
  private static final class Chromium {
    private final Path profile;
    private final ChromeDriver driver;

    private Chromium(Path profile, ChromeDriver driver) {
      this.profile = profile;
      this.driver = driver;
    }

    static Chromium start() throws IOException {
      Path profile = Files.createTempDirectory("plenary-chromium-");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(System.getProperty("plenary.browser.binary", "/usr/bin/chromium"));
      options.addArguments(FLAGS);
      options.addArguments("--user-data-dir=" + profile);
      options.setExperimentalOption("prefs", Map.of("intl.accept_languages", ACCEPT_LANGUAGE));
      LoggingPreferences logs = new LoggingPreferences();
      logs.enable(LogType.BROWSER, Level.ALL);
      options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(
                  new File(System.getProperty("plenary.browser.driver", "/usr/bin/chromedriver")))
              .usingAnyFreePort()
              .build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
      return new Chromium(profile, driver);
    }

    /**
     * Leaves the page and clears what the site left in the browser; false if this browser should
     * not be used again.
     */
    boolean wipe() {
      try {
        if (driver.getWindowHandles().size() != 1) {
          return false;
        }
        URI page = URI.create(driver.getCurrentUrl());
        if (!"http".equals(page.getScheme()) && !"https".equals(page.getScheme())) {
          return false;
        }
        ((JavascriptExecutor) driver)
            .executeScript("window.sessionStorage.clear(); window.localStorage.clear();");
        driver.get("about:blank");
        driver.executeCdpCommand(
            "Storage.clearDataForOrigin",
            Map.of(
                "origin",
                page.getScheme() + "://" + page.getRawAuthority(),
                "storageTypes",
                "all"));
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
        // The next test reads only what its own pages logged.
        driver.manage().logs().get(LogType.BROWSER);
        return true;
      } catch (WebDriverException | IllegalArgumentException e) {
        return false;
      }
    }

    void quit() {
      try {
        driver.quit();
      } finally {
        deleteProfile();
      }
    }

    private void deleteProfile() {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(Browser::delete);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static void delete(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
