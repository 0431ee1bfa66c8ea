package org.plenary.web.rest.outcomes;

/**
 * The body that proposes a correction of the circulated minutes: the agenda item, the passage
 * quoted exactly from its current minutes, the wording proposed instead, and a comment.
 */
public class CorrectionBody {
  private String itemKey;
  private String passage;
  private String wording;
  private String comment;

  public String getItemKey() {
    return itemKey;
  }

  public void setItemKey(String itemKey) {
    this.itemKey = itemKey;
  }

  public String getPassage() {
    return passage;
  }

  public void setPassage(String passage) {
    this.passage = passage;
  }

  public String getWording() {
    return wording;
  }

  public void setWording(String wording) {
    this.wording = wording;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
