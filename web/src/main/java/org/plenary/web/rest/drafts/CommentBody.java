package org.plenary.web.rest.drafts;

import org.plenary.web.rest.InvalidRequest;

/**
 * A comment in a request: for a new thread the {@code version} it is written on, the {@code
 * section} key and optionally a quoted passage ({@code quote}, with {@code quoteStart} its offset
 * in the section's plain text when known); for a reply only {@code text}; for a change of state
 * only {@code state} (OPEN or RESOLVED).
 */
public class CommentBody {
  private Integer version;
  private String section;
  private String quote;
  private Integer quoteStart;
  private String text;
  private String state;

  public Integer getVersion() {
    return version;
  }

  public void setVersion(Integer version) {
    this.version = version;
  }

  public String getSection() {
    return section;
  }

  public void setSection(String section) {
    this.section = section;
  }

  public String getQuote() {
    return quote;
  }

  public void setQuote(String quote) {
    this.quote = quote;
  }

  public Integer getQuoteStart() {
    return quoteStart;
  }

  public void setQuoteStart(Integer quoteStart) {
    this.quoteStart = quoteStart;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getState() {
    return state;
  }

  public void setState(String state) {
    this.state = state;
  }

  int requiredVersion() {
    if (version == null || version < 1) {
      throw new InvalidRequest("version", "must be the number of the version you comment on");
    }
    return version;
  }

  String requiredSection() {
    if (section == null || section.isBlank()) {
      throw new InvalidRequest("section", "must be the key of a section, such as s1");
    }
    return section;
  }
}
