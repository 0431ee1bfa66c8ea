package org.plenary.web.rest.consultations;

import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.Writer;
import org.plenary.consultation.consultations.application.CommentExport;
import org.plenary.consultation.consultations.domain.Comment;
import org.plenary.consultation.consultations.domain.Consultation;
import org.plenary.consultation.consultations.domain.ConsultationStatus;
import org.plenary.core.shared.Jsons;
import org.plenary.web.rest.feedback.FeedbackCsv;

/**
 * Consultations and comments as the API writes them. Comments carry no personal data (no name, no
 * e-mail address); a hidden comment shows its reason instead of its text.
 */
public final class ConsultationJson {
  static final String CSV_HEADER =
      "id,consultation,section,section_key,created_at,category,country,hidden,text,hidden_reason,"
          + "response_outcome,response,resolved_in_version,resolved_in_section";

  private ConsultationJson() {}

  static JsonObjectBuilder summary(Consultation consultation, ConsultationStatus status) {
    return Jsons.object()
        .add("id", consultation.getId())
        .add("title", consultation.getTitle())
        .add("status", status.name())
        .add("draftId", consultation.getDraftId())
        .add("version", consultation.getVersionNumber())
        .add("opensAt", consultation.getOpensAt().toString())
        .add("closesAt", consultation.getClosesAt().toString())
        .add("localOpensAt", consultation.getLocalOpensAt().toString())
        .add("localClosesAt", consultation.getLocalClosesAt().toString())
        .add("timeZone", consultation.getTimeZone())
        .add("drafterKind", consultation.getDrafterKind().name())
        .add("drafter", consultation.getDrafterName());
  }

  static JsonObjectBuilder comment(Comment comment) {
    JsonObjectBuilder json =
        Jsons.object()
            .add("id", comment.getId())
            .add("consultationId", comment.getConsultationId())
            .add("createdAt", comment.getCreatedAt().toString())
            .add("category", comment.getCategory().code())
            .add("country", comment.getCountry())
            .add("hidden", comment.isHidden());
    if (comment.getSectionNumber() != null) {
      json.add("section", comment.getSectionNumber()).add("sectionKey", comment.getSectionKey());
    }
    if (comment.isHidden()) {
      json.add("hiddenReason", comment.getHiddenReason());
    } else {
      json.add("text", comment.getText());
    }
    if (comment.isAnswered()) {
      JsonObjectBuilder response =
          Jsons.object()
              .add("outcome", comment.getResponseOutcome().name())
              .add("justification", comment.getResponseText())
              .add("respondedAt", comment.getRespondedAt().toString());
      if (comment.getResolvedVersion() != null) {
        response.add("resolvedInVersion", comment.getResolvedVersion());
        if (comment.getResolvedSection() != null) {
          response.add("resolvedInSection", comment.getResolvedSection());
        }
      }
      json.add("response", response);
    }
    return json;
  }

  static void csvHeader(Writer out) throws IOException {
    out.write(CSV_HEADER);
    out.write("\r\n");
  }

  /** One exported comment as a CSV record; a hidden comment's text is left out. */
  static void csvRow(Writer out, CommentExport.Row c) throws IOException {
    out.write(Long.toString(c.id()));
    out.write(',');
    out.write(Long.toString(c.consultationId()));
    out.write(',');
    if (c.sectionNumber() != null) {
      out.write(c.sectionNumber().toString());
    }
    out.write(',');
    out.write(FeedbackCsv.cell(c.sectionKey()));
    out.write(',');
    out.write(c.createdAt().toString());
    out.write(',');
    out.write(c.category().code());
    out.write(',');
    out.write(c.country());
    out.write(',');
    out.write(c.hidden() ? "true" : "false");
    out.write(',');
    out.write(FeedbackCsv.cell(c.hidden() ? null : c.text()));
    out.write(',');
    out.write(FeedbackCsv.cell(c.hiddenReason()));
    out.write(',');
    if (c.responseOutcome() != null) {
      out.write(c.responseOutcome().name());
    }
    out.write(',');
    out.write(FeedbackCsv.cell(c.responseText()));
    out.write(',');
    if (c.resolvedVersion() != null) {
      out.write(c.resolvedVersion().toString());
    }
    out.write(',');
    out.write(FeedbackCsv.cell(c.resolvedSection()));
    out.write("\r\n");
  }
}
