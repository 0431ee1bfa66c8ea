package org.plenary.core.drafts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RichTextTest {
  @Test
  void removesScriptElementsWithTheirContent() {
    assertThat(RichText.sanitize("<p>Before<script>alert('x')</script> after</p>"))
        .isEqualTo("<p>Before after</p>");
  }

  @Test
  void removesEventHandlerAttributes() {
    String clean =
        RichText.sanitize("<img src=x onerror=\"alert(1)\"><b onmouseover=alert(2)>b</b>");

    assertThat(clean)
        .doesNotContain("onerror")
        .doesNotContain("onmouseover")
        .doesNotContain("<img");
    assertThat(clean).isEqualTo("<b>b</b>");
  }

  @Test
  void dropsJavascriptLinksButKeepsWebLinksWithSafeRels() {
    assertThat(RichText.sanitize("<a href=\"javascript:alert(1)\">click</a>"))
        .doesNotContainIgnoringCase("javascript")
        .isEqualTo("click");
    assertThat(RichText.sanitize("<a href=\"https://www.oecd.org/\">OECD</a>"))
        .startsWith("<a href=\"https://www.oecd.org/\"")
        .contains("nofollow")
        .contains("noopener")
        .contains("noreferrer");
  }

  @Test
  void keepsTheFormattingOfTheAllowList() {
    String html = "<p><strong>Bold</strong> <em>it</em></p><ul><li>one</li></ul>";

    assertThat(RichText.sanitize(html)).isEqualTo(html);
  }

  @Test
  void escapesPlainTextThatLooksLikeMarkup() {
    assertThat(RichText.sanitize("5 < 6 & \"so\"")).isEqualTo("5 &lt; 6 &amp; &#34;so&#34;");
  }

  @Test
  void readsThePlainWordsOfSanitizedHtml() {
    assertThat(RichText.plainText("<p>Tom &amp; Jerry</p><p>5 &lt; 6 &#34;ok&#34;</p>"))
        .isEqualTo("Tom & Jerry\n5 < 6 \"ok\"");
  }
}
