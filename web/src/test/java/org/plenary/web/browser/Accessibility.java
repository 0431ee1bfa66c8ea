package org.plenary.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/** Checks the page in the browser against WCAG 2.1 A and AA with axe-core; no rule is skipped. */
public final class Accessibility {
  static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  private Accessibility() {}

  /** Fails with one line per violation and one indented line per element that violates it. */
  public static void assertAccessible(WebDriver driver) {
    Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
    assertThat(results.getErrorMessage()).as("axe-core could not run").isNull();
    List<Rule> violations = results.getViolations();
    assertThat(violations)
        .as(
            "accessibility violations on %s:%n%s",
            driver.getCurrentUrl(),
            violations.stream().map(Accessibility::describe).collect(Collectors.joining("\n")))
        .isEmpty();
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
