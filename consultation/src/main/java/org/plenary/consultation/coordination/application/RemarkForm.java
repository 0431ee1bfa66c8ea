package org.plenary.consultation.coordination.application;

import java.io.Serializable;
import java.util.Locale;
import org.plenary.consultation.coordination.domain.RemarkKind;
import org.plenary.consultation.coordination.domain.RemarkText;

/**
 * One remark as a form or a JSON body gives it: {@code kind} ORDINARY (default) or FUNDAMENTAL, an
 * optional section key, the text.
 */
public class RemarkForm implements Serializable {
  private static final long serialVersionUID = 1L;

  private String kind = RemarkKind.ORDINARY.name();
  private String section;
  private String text;

  /**
   * The remark to record.
   *
   * @throws IllegalArgumentException for a kind other than ORDINARY or FUNDAMENTAL
   */
  public RemarkText toText() {
    RemarkKind parsed =
        kind == null || kind.isBlank()
            ? RemarkKind.ORDINARY
            : RemarkKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
    return new RemarkText(parsed, section, text);
  }

  public boolean isBlank() {
    return text == null || text.isBlank();
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getSection() {
    return section;
  }

  public void setSection(String section) {
    this.section = section;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
