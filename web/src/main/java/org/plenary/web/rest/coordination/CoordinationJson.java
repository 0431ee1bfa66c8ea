package org.plenary.web.rest.coordination;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.plenary.consultation.coordination.application.TableRow;
import org.plenary.consultation.coordination.domain.ConsultedBody;
import org.plenary.consultation.coordination.domain.CoordinationRound;
import org.plenary.consultation.coordination.domain.PositionEntry;
import org.plenary.consultation.coordination.domain.Remark;
import org.plenary.consultation.coordination.domain.RemarkResponse;
import org.plenary.consultation.coordination.domain.RemarkSettlement;
import org.plenary.core.shared.Jsons;

/** Coordination rounds, their table and positions as JSON. */
final class CoordinationJson {
  private CoordinationJson() {}

  static JsonObject table(
      CoordinationRound round,
      List<ConsultedBody> bodies,
      long total,
      long openFundamentals,
      long unansweredRemarks,
      Instant now) {
    JsonArrayBuilder rows = Jsons.array();
    for (ConsultedBody body : bodies) {
      JsonObjectBuilder row =
          Jsons.object()
              .add("organisationId", body.getOrganisation().getId())
              .add("name", body.getOrganisation().getName())
              .add("entries", body.getEntries())
              .add("remarks", body.getCurrentRemarks())
              .add("openFundamentals", body.getOpenFundamentals())
              .add("unansweredRemarks", body.getUnansweredRemarks())
              .add("overdue", body.isOverdue(now));
      if (body.getCurrentPosition() != null) {
        row.add("position", body.getCurrentPosition().name());
      }
      add(row, "lastEntryAt", body.getLastEntryAt(), round);
      add(row, "reminderSentAt", body.getReminderSentAt(), round);
      rows.add(row);
    }
    JsonObjectBuilder json =
        summary(round, now)
            .add("drafterId", round.getDrafter().getId())
            .add("jurisdiction", round.getJurisdiction())
            .add("timeZone", round.getTimeZone())
            .add("workingDays", round.getWorkingDays())
            .add("openFundamentals", openFundamentals)
            .add("unansweredRemarks", unansweredRemarks)
            .add("bodies", rows)
            .add("total", total);
    add(json, "opensAt", round.getOpensAt(), round);
    add(json, "closedAt", round.getClosedAt(), round);
    return json.build();
  }

  static JsonObject entry(
      PositionEntry entry,
      List<RemarkSettlement> settlements,
      List<RemarkResponse> responses,
      CoordinationRound round) {
    JsonArrayBuilder remarks = Jsons.array();
    for (Remark remark : entry.getRemarks()) {
      JsonObjectBuilder json =
          Jsons.object()
              .add("number", remark.getNumber())
              .add("kind", remark.getKind().name())
              .add("text", remark.getText());
      if (remark.getSectionKey() != null) {
        json.add("section", remark.getSectionKey());
      }
      settlements.stream()
          .filter(
              s ->
                  s.getEntry().getId().equals(entry.getId())
                      && s.getRemarkNumber() == remark.getNumber())
          .findFirst()
          .ifPresent(
              s -> {
                JsonObjectBuilder settled =
                    Jsons.object().add("note", s.getNote()).add("settledBy", s.getSettledBy());
                add(settled, "settledAt", s.getSettledAt(), round);
                json.add("settlement", settled);
              });
      responses.stream()
          .filter(
              a ->
                  a.getEntry().getId().equals(entry.getId())
                      && a.getRemarkNumber() == remark.getNumber())
          .findFirst()
          .ifPresent(a -> json.add("response", response(a, round)));
      remarks.add(json);
    }
    JsonObjectBuilder json =
        Jsons.object()
            .add("id", entry.getId())
            .add("number", entry.getNumber())
            .add("body", entry.getBody().getOrganisation().getName())
            .add("position", entry.getPosition().name())
            .add("submittedBy", entry.getSubmittedBy())
            .add("submittedByName", entry.getSubmittedByName())
            .add("remarks", remarks);
    if (entry.getNote() != null) {
      json.add("note", entry.getNote());
    }
    add(json, "submittedAt", entry.getSubmittedAt(), round);
    return json.build();
  }

  /** A round as lists name it: the draft, the drafter, the deadline, where it stands. */
  static JsonObjectBuilder summary(CoordinationRound round, Instant now) {
    JsonObjectBuilder json =
        Jsons.object()
            .add("id", round.getId())
            .add("draftId", round.getDraft().getId())
            .add("draftTitle", round.getDraft().getTitle())
            .add("draftVersion", round.getDraftVersion())
            .add("drafter", round.getDrafter().getName())
            .add("deadline", round.getDeadline().toString())
            .add("status", round.status(now).name())
            .add("tablePublished", round.isTablePublished());
    add(json, "tablePublishedAt", round.getTablePublishedAt(), round);
    return json;
  }

  /** A row of the table of remarks and responses. */
  static JsonObjectBuilder tableRow(TableRow row, CoordinationRound round) {
    JsonObjectBuilder json = Jsons.object().add("body", row.getBody());
    if (row.getPosition() != null) {
      json.add("position", row.getPosition().name());
    }
    if (row.getRemarkNumber() != null) {
      json.add("remark", row.getRemarkNumber())
          .add("kind", row.getKind().name())
          .add("text", row.getRemark());
    }
    if (row.getSectionKey() != null) {
      json.add("section", row.getSectionKey());
    }
    if (row.getSectionHeading() != null) {
      json.add("sectionHeading", row.getSectionHeading());
    }
    if (row.getOutcome() != null) {
      json.add("outcome", row.getOutcome().name());
    }
    if (row.getExplanation() != null) {
      json.add("explanation", row.getExplanation());
    }
    add(json, "answeredAt", row.getAnsweredAt(), round);
    return json;
  }

  /** An answer to a remark: outcome, explanation, revision, who and when. */
  static JsonObjectBuilder response(RemarkResponse response, CoordinationRound round) {
    JsonObjectBuilder json =
        Jsons.object()
            .add("outcome", response.getOutcome().name())
            .add("revision", response.getRevision())
            .add("answeredBy", response.getAnsweredBy())
            .add("answeredByName", response.getAnsweredByName());
    if (response.getExplanation() != null) {
      json.add("explanation", response.getExplanation());
    }
    add(json, "answeredAt", response.getAnsweredAt(), round);
    return json;
  }

  /** A moment as ISO 8601 with the offset of the round's time zone. */
  private static void add(
      JsonObjectBuilder json, String name, OffsetDateTime at, CoordinationRound round) {
    if (at != null) {
      json.add(name, at.atZoneSameInstant(round.zone()).toOffsetDateTime().toString());
    }
  }
}
