package org.plenary.web.coordination;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.plenary.consultation.coordination.application.Coordination;
import org.plenary.consultation.coordination.application.RemarkForm;
import org.plenary.consultation.coordination.domain.ConsultedBody;
import org.plenary.consultation.coordination.domain.CoordinationRefused;
import org.plenary.consultation.coordination.domain.CoordinationRound;
import org.plenary.consultation.coordination.domain.Position;
import org.plenary.consultation.coordination.domain.PositionEntry;
import org.plenary.consultation.coordination.domain.Remark;
import org.plenary.consultation.coordination.domain.RemarkKind;
import org.plenary.consultation.coordination.domain.RemarkOutcome;
import org.plenary.consultation.coordination.domain.RemarkResponse;
import org.plenary.consultation.coordination.domain.RemarkSettlement;
import org.plenary.consultation.coordination.domain.RemarkText;
import org.plenary.core.drafts.domain.DraftSection;
import org.plenary.web.Messages;
import org.plenary.web.groups.PagedList;
import org.primefaces.model.LazyDataModel;

/**
 * A coordination round (/coordination/round.xhtml?round=): the coordination table, the position
 * form of a consulted ministry, the history of one body, and the drafter's answers to remarks (in a
 * dialog), settling and closing.
 */
@Named
@ViewScoped
public class RoundView implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int REMARK_ROWS = 3;

  @Inject Coordination coordination;
  @Inject Messages messages;
  @Inject Clock clock;

  private Long roundId;
  private CoordinationRound round;
  private List<DraftSection> sections;
  private LazyDataModel<ConsultedBody> bodies;
  private LazyDataModel<PositionEntry> history;
  private Long historyBody;
  private String historyBodyName;
  private final Map<String, RemarkSettlement> settled = new HashMap<>();
  private final Map<String, String> settleNotes = new HashMap<>();
  private final Map<String, RemarkResponse> answers = new HashMap<>();
  private Long unansweredRemarks;
  private Boolean drafter;
  private Boolean consulted;

  private Position position;
  private String note;
  private List<RemarkForm> remarks = blankRemarks();

  private Long answerEntry;
  private int answerRemark;
  private String answerRemarkText;
  private int answerRevision;
  private RemarkOutcome outcome;
  private String explanation;

  public void load() {
    if (roundId == null) {
      return;
    }
    round = coordination.round(roundId);
    sections = coordination.version(roundId).getSections();
  }

  public LazyDataModel<ConsultedBody> getBodies() {
    if (bodies == null) {
      long id = roundId;
      Coordination service = coordination;
      bodies =
          new PagedList<>(
              (first, size) -> service.bodies(id, first, size),
              () -> service.countBodies(id),
              ConsultedBody::getId);
    }
    return bodies;
  }

  public LazyDataModel<PositionEntry> getHistory() {
    if (history == null && historyBody != null) {
      long id = roundId;
      long body = historyBody;
      Coordination service = coordination;
      Map<String, RemarkSettlement> found = settled;
      Map<String, RemarkResponse> answered = answers;
      history =
          new PagedList<>(
              (first, size) -> {
                List<PositionEntry> page = service.history(id, body, first, size);
                for (RemarkSettlement s : service.settlements(id, page)) {
                  found.put(s.getEntry().getId() + "/" + s.getRemarkNumber(), s);
                }
                for (RemarkResponse a : service.responses(id, page)) {
                  answered.put(a.getEntry().getId() + "/" + a.getRemarkNumber(), a);
                }
                return page;
              },
              () -> service.countHistory(id, body),
              PositionEntry::getId);
    }
    return history;
  }

  /** Shows a body's history under the table. */
  public void showHistory(ConsultedBody body) {
    historyBody = body.getOrganisation().getId();
    historyBodyName = body.getOrganisation().getName();
    history = null;
    settled.clear();
    answers.clear();
  }

  public boolean overdue(ConsultedBody body) {
    return body.isOverdue(clock.instant());
  }

  /** The key of a remark in the settle notes: its entry's id and its number. */
  public String key(PositionEntry entry, Remark remark) {
    return entry.getId() + "/" + remark.getNumber();
  }

  public RemarkSettlement settlement(PositionEntry entry, Remark remark) {
    return settled.get(key(entry, remark));
  }

  /** The remark's current answer, or null. */
  public RemarkResponse answer(PositionEntry entry, Remark remark) {
    return answers.get(key(entry, remark));
  }

  /** Whether the drafter may answer this remark now: of a current entry, table unpublished. */
  public boolean answerable(PositionEntry entry) {
    return isDrafter()
        && entry.getNumber() == entry.getBody().getEntries()
        && !round.isTablePublished();
  }

  /** Remarks of the current positions without an answer, for the whole round. */
  public long getUnansweredRemarks() {
    if (unansweredRemarks == null) {
      unansweredRemarks = coordination.unansweredRemarks(roundId);
    }
    return unansweredRemarks;
  }

  /** Opens the answer dialog on a remark, with its current answer if it has one. */
  public void startAnswering(PositionEntry entry, Remark remark) {
    RemarkResponse current = answer(entry, remark);
    answerEntry = entry.getId();
    answerRemark = remark.getNumber();
    answerRemarkText = remark.getText();
    answerRevision = current == null ? 0 : current.getRevision();
    outcome = current == null ? null : current.getOutcome();
    explanation = current == null ? null : current.getExplanation();
  }

  /** Saves the answer; a refusal is shown beside its field and the dialog stays open. */
  public void saveAnswer() {
    try {
      coordination.answer(roundId, answerEntry, answerRemark, outcome, explanation, answerRevision);
      messages.info("coordination.answer.done", answerRemark);
      history = null;
      bodies = null;
      unansweredRemarks = null;
      answers.clear();
    } catch (CoordinationRefused refused) {
      String field = refused.field();
      String clientId =
          "outcome".equals(field) || "explanation".equals(field) ? "answerForm:" + field : null;
      messages.error(clientId, "coordination.rule." + refused.rule().name());
    }
  }

  /** Whether the drafter may settle this remark now: fundamental, current, not settled. */
  public boolean settleable(PositionEntry entry, Remark remark) {
    return isDrafter()
        && remark.isFundamental()
        && entry.getNumber() == entry.getBody().getEntries()
        && settlement(entry, remark) == null
        && round.getClosedAt() == null;
  }

  public String getStatus() {
    return round.status(clock.instant()).name();
  }

  public boolean isDrafter() {
    if (drafter == null) {
      drafter = coordination.isDrafter(round);
    }
    return drafter;
  }

  public boolean isConsulted() {
    if (consulted == null) {
      consulted = coordination.isConsulted(roundId);
    }
    return consulted;
  }

  public boolean isMayGivePosition() {
    return isConsulted() && "OPEN".equals(getStatus());
  }

  public void give() {
    List<RemarkText> texts = new ArrayList<>();
    for (RemarkForm remark : remarks) {
      if (!remark.isBlank()) {
        texts.add(remark.toText());
      }
    }
    try {
      PositionEntry entry = coordination.givePosition(roundId, position, note, texts);
      messages.info("coordination.position.given", entry.getNumber());
      position = null;
      note = null;
      remarks = blankRemarks();
      bodies = null;
      history = null;
    } catch (CoordinationRefused refused) {
      messages.error(clientId(refused.field()), "coordination.rule." + refused.rule().name());
    }
  }

  public void settle(PositionEntry entry, Remark remark) {
    String key = entry.getId() + "/" + remark.getNumber();
    try {
      coordination.settle(roundId, entry.getId(), remark.getNumber(), settleNotes.get(key));
      messages.info("coordination.settle.done");
      settleNotes.remove(key);
      settled.clear();
      history = null;
      bodies = null;
    } catch (CoordinationRefused refused) {
      messages.error(null, "coordination.rule." + refused.rule().name());
    }
  }

  /** Whether the drafter may publish the table now: the round is closed, the table not public. */
  public boolean isMayPublish() {
    return isDrafter() && "CLOSED".equals(getStatus()) && !round.isTablePublished();
  }

  /** The drafter publishes the table of remarks and responses (after a confirming question). */
  public void publish() {
    try {
      round = coordination.publishTable(roundId);
      messages.info("coordination.publish.done");
    } catch (CoordinationRefused refused) {
      if (refused.rule() == CoordinationRefused.Rule.REMARKS_UNANSWERED) {
        messages.error(null, "coordination.publish.unanswered", getUnansweredRemarks());
      } else {
        messages.error(null, "coordination.rule." + refused.rule().name());
      }
    }
  }

  public void close() {
    try {
      round = coordination.close(roundId);
      messages.info("coordination.close.done");
    } catch (CoordinationRefused refused) {
      messages.error(null, "coordination.rule." + refused.rule().name());
    }
  }

  /** Maps a refused field ({@code remarks[1].text}) to the input beside which to say why. */
  private static String clientId(String field) {
    if (field == null) {
      return null;
    }
    if (field.startsWith("remarks[")) {
      int index = Integer.parseInt(field.substring(8, field.indexOf(']')));
      String input = field.endsWith(".section") ? "section" : "text";
      return "positionForm:remarks:" + index + ":" + input;
    }
    return "note".equals(field) ? "positionForm:note" : null;
  }

  private static List<RemarkForm> blankRemarks() {
    List<RemarkForm> rows = new ArrayList<>();
    for (int i = 0; i < REMARK_ROWS; i++) {
      rows.add(new RemarkForm());
    }
    return rows;
  }

  public Position[] getPositions() {
    return Position.values();
  }

  /** The kinds of remark by name, as the remark form's kind holds them. */
  public List<String> getKinds() {
    return java.util.Arrays.stream(RemarkKind.values()).map(RemarkKind::name).toList();
  }

  public RemarkOutcome[] getOutcomes() {
    return RemarkOutcome.values();
  }

  public String getAnswerRemarkText() {
    return answerRemarkText;
  }

  public int getAnswerRemark() {
    return answerRemark;
  }

  public RemarkOutcome getOutcome() {
    return outcome;
  }

  public void setOutcome(RemarkOutcome outcome) {
    this.outcome = outcome;
  }

  public String getExplanation() {
    return explanation;
  }

  public void setExplanation(String explanation) {
    this.explanation = explanation;
  }

  public Map<String, String> getSettleNotes() {
    return settleNotes;
  }

  public Long getRoundId() {
    return roundId;
  }

  public void setRoundId(Long roundId) {
    this.roundId = roundId;
  }

  public CoordinationRound getRound() {
    return round;
  }

  public List<DraftSection> getSections() {
    return sections;
  }

  public Long getHistoryBody() {
    return historyBody;
  }

  public String getHistoryBodyName() {
    return historyBodyName;
  }

  public Position getPosition() {
    return position;
  }

  public void setPosition(Position position) {
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
}
