package org.plenary.web.rest.coordination;

/** How the drafter settled a fundamental remark: {@code {"note":"…"}}. */
public class SettlementBody {
  private String note;

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
