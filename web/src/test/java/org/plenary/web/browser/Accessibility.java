package org.plenary.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Checks the page in the browser against WCAG 2.1 A and AA with axe-core; no rule is skipped.
 *
 * <p>Runs axe in the page itself ({@code axe.run}, "legacy mode"): the default of axe's Selenium
 * binding runs each frame apart and then opens a blank tab, injects axe a second time and merges
 * the frames' results there: 2.3 s against 1.6 s per check on the E-Leaders agenda (3 rounds of 5
 * checks each way, on the loaded 2-core machine), for 175 checks in the suite. The pages have no
 * frames from other origins, which is all the default adds. {@code PublicPagesBrowserIT} shows that
 * a check in this mode still fails on a broken rule.
 */
public final class Accessibility {
  static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  private Accessibility() {}

  /**
   * Fails with one line per violation and one indented line per element that violates it. Checks
   * the page at rest: axe reads the colours an element has at that instant, and a button fading
   * back from its disabled look after an Ajax request (Saga's 0.2 s transitions) once measured
   * 4.12:1 where it has 5.75:1.
   */
  public static void assertAccessible(WebDriver driver) {
    awaitTransitions(driver);
    Results results = new AxeBuilder().withTags(WCAG_21_AA).setLegacyMode(true).analyze(driver);
    assertThat(results.getErrorMessage()).as("axe-core could not run").isNull();
    List<Rule> violations = results.getViolations();
    assertThat(violations)
        .as(
            "accessibility violations on %s:%n%s",
            driver.getCurrentUrl(),
            violations.stream().map(Accessibility::describe).collect(Collectors.joining("\n")))
        .isEmpty();
  }

  /** Waits until the CSS transitions and finite animations running now have finished. */
  private static void awaitTransitions(WebDriver driver) {
    ((JavascriptExecutor) driver)
        .executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "const running = document.getAnimations()"
                + "  .filter(a => Number.isFinite(a.effect?.getComputedTiming().endTime));"
                + "Promise.all(running.map(a => a.finished.catch(() => null)))"
                + "  .then(() => done(running.length));");
  }

  private static String describe(Rule rule) {
    return "- "
        + rule.getId()
        + " ("
        + rule.getImpact()
        + "): "
        + rule.getHelp()
        + rule.getNodes().stream()
            .map(Accessibility::describe)
            .collect(Collectors.joining("", "", ""));
  }

  private static String describe(CheckedNode node) {
    return "\n    "
        + node.getTarget()
        + " "
        + node.getHtml()
        + "\n      "
        + String.valueOf(node.getFailureSummary()).replace("\n", "\n      ");
  }
}
