package org.plenary.consultation.search.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetsTest {
  @Test
  void takesTheDistinctWordsOfAQueryInLowerCase() {
    assertThat(Snippets.words("  Digital, digital IDENTITY! e-ID "))
        .containsExactly("digital", "identity", "e", "id");
    assertThat(Snippets.words("?!")).isEmpty();
  }

  @Test
  void escapesTheTextAndMarksOnlyTheMatchedWords() {
    assertThat(Snippets.around("<b>Once-only</b> & digital by default", List.of("digital")))
        .isEqualTo("&lt;b&gt;Once-only&lt;/b&gt; &amp; <mark>digital</mark> by default");
  }

  @Test
  void turnsTheDatabasesMarksIntoMarkTagsAndEscapesTheRest() {
    assertThat(Snippets.highlighted("a <script> " + Snippets.START + "word" + Snippets.STOP))
        .isEqualTo("a &lt;script&gt; <mark>word</mark>");
  }

  @Test
  void cutsALongTextAroundTheFirstMatch() {
    String text = "filler ".repeat(100) + "accessibility matters " + "tail ".repeat(100);
    String snippet = Snippets.around(text, List.of("accessibility"));
    assertThat(snippet).startsWith("… ").endsWith(" …").contains("<mark>accessibility</mark>");
    assertThat(snippet.length()).isLessThan(260);
  }

  @Test
  void stripsTheTagsOfSanitizedHtml() {
    assertThat(Snippets.plain("<p>Openness,&nbsp;<em>once-only</em> &amp; more</p>"))
        .isEqualTo("Openness, once-only & more");
  }
}
