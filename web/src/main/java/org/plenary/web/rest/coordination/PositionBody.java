package org.plenary.web.rest.coordination;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.plenary.consultation.coordination.application.RemarkForm;
import org.plenary.consultation.coordination.domain.Position;
import org.plenary.consultation.coordination.domain.RemarkText;
import org.plenary.web.rest.InvalidRequest;

/**
 * A position as JSON: {@code {"position":"APPROVE_WITH_REMARKS","note":"…","remarks":[{"kind":
 * "FUNDAMENTAL","section":"s2","text":"…"}]}}.
 */
public class PositionBody {
  private String position;
  private String note;
  private List<RemarkForm> remarks = new ArrayList<>();

  Position position() {
    if (position == null || position.isBlank()) {
      throw new InvalidRequest("position", "is required");
    }
    try {
      return Position.valueOf(position.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidRequest(
          "position", "must be APPROVE, APPROVE_WITH_REMARKS or DO_NOT_APPROVE");
    }
  }

  List<RemarkText> texts() {
    List<RemarkText> texts = new ArrayList<>();
    for (int i = 0; i < remarks.size(); i++) {
      RemarkForm remark = remarks.get(i);
      if (remark == null) {
        throw new InvalidRequest("remarks[" + i + "]", "is empty");
      }
      try {
        texts.add(remark.toText());
      } catch (IllegalArgumentException e) {
        throw new InvalidRequest("remarks[" + i + "].kind", "must be ORDINARY or FUNDAMENTAL");
      }
    }
    return texts;
  }

  public String getPosition() {
    return position;
  }

  public void setPosition(String position) {
    this.position = position;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public List<RemarkForm> getRemarks() {
    return remarks;
  }

  public void setRemarks(List<RemarkForm> remarks) {
    this.remarks = remarks == null ? new ArrayList<>() : remarks;
  }
}
