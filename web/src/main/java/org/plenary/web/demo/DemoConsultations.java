package org.plenary.web.demo;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.plenary.consultation.consultations.application.CommentStore;
import org.plenary.consultation.consultations.application.Consultations;
import org.plenary.consultation.consultations.domain.Consultation;
import org.plenary.consultation.consultations.domain.Respondent;
import org.plenary.core.security.domain.Roles;

/**
 * The demo public consultation: version 1 of the draft Handbook, opened a week before the first
 * start and open for two months after it (so the demo shows it open), with a few comments.
 */
@Stateless
@RunAs(Roles.SECRETARIAT)
public class DemoConsultations {
  static final String ZONE = "Europe/Paris";

  @Inject Consultations consultations;
  @Inject CommentStore comments;
  @Inject Clock clock;

  /** Opens the consultation once; safe to call on every start. */
  public void load() {
    Long handbook =
        consultations.draftByTitle(DemoGroups.TASK_FORCE, DemoGroups.HANDBOOK).orElse(null);
    if (handbook == null || consultations.existsFor(handbook)) {
      return;
    }
    LocalDateTime today =
        LocalDateTime.now(clock.withZone(ZoneId.of(ZONE))).truncatedTo(ChronoUnit.DAYS);
    Consultation consultation =
        consultations.open(
            handbook,
            1,
            "Public consultation on the draft " + DemoGroups.HANDBOOK,
            Consultation.Period.of(
                today.minusDays(7).withHour(9), today.plusDays(60).withHour(17), ZONE));
    long id = consultation.getId();
    comments.importPublished(
        id,
        1,
        new Respondent.Known(null, "Kadri Kask", "citizen", "EE"),
        "The introduction should say who the Handbook is for: ministers, chief information"
            + " officers or every civil servant?");
    comments.importPublished(
        id,
        2,
        new Respondent.Known(null, "Digital Rights Belgium", "ngo", "BE"),
        "Please add a principle on transparency towards citizens when services are automated.");
    comments.importPublished(
        id,
        null,
        new Respondent.Known(null, "Université de Namur", "academia", "BE"),
        "A useful draft overall; the examples would benefit from more non-European countries.");
  }
}
