package org.plenary.core.drafts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import org.plenary.core.drafts.domain.CommentRefused.Rule;

/**
 * Where a comment thread is anchored: a section (by its key, so that the thread stays with the
 * section in later versions) and, optionally, a passage of it quoted with its offsets in the
 * section's plain text.
 */
@Embeddable
public class Anchor implements Serializable {
  public static final int MAX_QUOTE = 1000;

  @Column(name = "section_key", nullable = false, updatable = false)
  private String sectionKey;

  @Column(name = "quote", updatable = false)
  private String quote;

  @Column(name = "quote_start", updatable = false)
  private Integer start;

  @Column(name = "quote_end", updatable = false)
  private Integer end;

  protected Anchor() {}

  private Anchor(String sectionKey, String quote, Integer start, Integer end) {
    this.sectionKey = sectionKey;
    this.quote = quote;
    this.start = start;
    this.end = end;
  }

  /**
   * Anchors to the section, or to the passage {@code quote} of it. The passage is looked up in the
   * section's plain text (whitespace compared loosely, as a browser selection or a pasted text may
   * differ there): at {@code start} when the client sent where it is, else its first occurrence.
   *
   * @throws CommentRefused when the version has no such section or the section no such passage
   */
  public static Anchor in(DraftVersion version, String sectionKey, String quote, Integer start) {
    DraftSection section =
        version
            .section(sectionKey == null ? "" : sectionKey.strip())
            .orElseThrow(
                () ->
                    new CommentRefused(
                        Rule.UNKNOWN_SECTION,
                        "version " + version.getNumber() + " has no section " + sectionKey));
    String passage = quote == null ? "" : quote.strip().replaceAll("\\s+", " ");
    if (passage.isEmpty()) {
      return new Anchor(section.getKey(), null, null, null);
    }
    if (passage.length() > MAX_QUOTE) {
      throw new CommentRefused(Rule.TEXT_TOO_LONG, "a quoted passage is too long");
    }
    String text = section.getPlainText().replaceAll("\\s+", " ");
    int at = start != null && text.startsWith(passage, Math.max(0, start)) ? start : -1;
    if (at < 0) {
      at = text.indexOf(passage);
    }
    if (at < 0) {
      throw new CommentRefused(
          Rule.PASSAGE_NOT_IN_SECTION, "the quoted passage is not in section " + sectionKey);
    }
    return new Anchor(section.getKey(), passage, at, at + passage.length());
  }

  public String getSectionKey() {
    return sectionKey;
  }

  /** The quoted passage, or null when the thread is about the whole section. */
  public String getQuote() {
    return quote;
  }

  public Integer getStart() {
    return start;
  }

  public Integer getEnd() {
    return end;
  }
}
