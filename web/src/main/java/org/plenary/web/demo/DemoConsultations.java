package org.plenary.web.demo;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.plenary.consultation.consultations.application.CommentModeration;
import org.plenary.consultation.consultations.application.CommentStore;
import org.plenary.consultation.consultations.application.Consultations;
import org.plenary.consultation.consultations.domain.Consultation;
import org.plenary.consultation.consultations.domain.Respondent;
import org.plenary.consultation.consultations.domain.ResponseOutcome;
import org.plenary.core.security.domain.Roles;

/**
 * The demo public consultations: version 1 of the draft Handbook, opened a week before the first
 * start and open for two months after it (so the demo shows it open), with a few comments; and the
 * one on the draft EASD Principles, which closed a month before the first start, every comment
 * answered and its report published (so the demo shows the whole course of a consultation).
 */
@Stateless
@RunAs(Roles.SECRETARIAT)
public class DemoConsultations {
  static final String ZONE = "Europe/Paris";

  @Inject Consultations consultations;
  @Inject CommentStore comments;
  @Inject CommentModeration moderation;
  @Inject Clock clock;

  /** Opens the consultations once; safe to call on every start. */
  public void load() {
    LocalDateTime today =
        LocalDateTime.now(clock.withZone(ZoneId.of(ZONE))).truncatedTo(ChronoUnit.DAYS);
    openHandbookConsultation(today);
    reportOnEasdConsultation(today);
  }

  private void openHandbookConsultation(LocalDateTime today) {
    Long handbook =
        consultations.draftByTitle(DemoGroups.TASK_FORCE, DemoGroups.HANDBOOK).orElse(null);
    if (handbook == null || consultations.existsFor(handbook)) {
      return;
    }
    LocalDateTime opens = today.minusDays(7).withHour(9);
    long id =
        consultations
            .open(
                handbook,
                1,
                "Public consultation on the draft " + DemoGroups.HANDBOOK,
                Consultation.Period.of(opens, today.plusDays(60).withHour(17), ZONE))
            .getId();
    comment(
        id,
        1,
        new Respondent.Known(null, "Kadri Kask", "citizen", "EE"),
        "The introduction should say who the Handbook is for: ministers, chief information"
            + " officers or every civil servant?",
        opens.plusHours(2));
    comment(
        id,
        2,
        new Respondent.Known(null, "Digital Rights Belgium", "ngo", "BE"),
        "Please add a principle on transparency towards citizens when services are automated.",
        opens.plusDays(1).plusHours(4));
    comment(
        id,
        null,
        new Respondent.Known(null, "Université de Namur", "academia", "BE"),
        "A useful draft overall; the examples would benefit from more non-European countries.",
        opens.plusDays(3).plusHours(1));
  }

  private void reportOnEasdConsultation(LocalDateTime today) {
    Long easd = consultations.draftByTitle(DemoGroups.DATA_GROUP, DemoGroups.EASD).orElse(null);
    if (easd == null || consultations.existsFor(easd)) {
      return;
    }
    LocalDateTime opens = today.minusDays(90).withHour(9);
    long id =
        consultations
            .open(
                easd,
                1,
                "Public consultation on the draft EASD Principles",
                Consultation.Period.of(opens, today.minusDays(30).withHour(17), ZONE))
            .getId();
    long purpose =
        comment(
            id,
            1,
            new Respondent.Known(null, "Open Knowledge Portugal", "ngo", "PT"),
            "The purpose should name re-use by businesses and researchers, not only by other"
                + " public bodies.",
            opens.plusDays(2));
    moderation.respond(
        purpose,
        ResponseOutcome.ACCEPTED,
        "The purpose now names re-use by businesses, researchers and civil society.",
        2,
        null);
    long safeguards =
        comment(
            id,
            2,
            new Respondent.Known(null, "Mikko Virtanen", "citizen", "FI"),
            "Data about people should only be shared once it is anonymised.",
            opens.plusDays(11));
    moderation.respond(
        safeguards,
        ResponseOutcome.PARTLY_ACCEPTED,
        "Anonymisation is named as one safeguard among others; some sharing of personal data is"
            + " lawful and needed, for instance between tax and social security services.",
        2,
        null);
    long overall =
        comment(
            id,
            null,
            new Respondent.Known(null, "Data Governance Institute", "academia", "NL"),
            "A clear text; an annex with examples from several countries would help.",
            opens.plusDays(40));
    moderation.respond(
        overall,
        ResponseOutcome.NOTED,
        "Examples will be gathered in the toolkit that accompanies the Principles.",
        null,
        null);
    consultations.publishReport(id);
  }

  private long comment(
      long consultationId,
      Integer section,
      Respondent.Known respondent,
      String text,
      LocalDateTime receivedAt) {
    return comments.importPublished(
        consultationId, section, respondent, text, receivedAt.atZone(ZoneId.of(ZONE)).toInstant());
  }
}
