package org.plenary.web.demo;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.plenary.consultation.coordination.application.Coordination;
import org.plenary.consultation.coordination.application.RoundForm;
import org.plenary.consultation.coordination.domain.CoordinationRound;
import org.plenary.consultation.coordination.domain.Position;
import org.plenary.consultation.coordination.domain.PositionEntry;
import org.plenary.consultation.coordination.domain.RemarkKind;
import org.plenary.consultation.coordination.domain.RemarkOutcome;
import org.plenary.consultation.coordination.domain.RemarkText;
import org.plenary.consultation.coordination.domain.WorkingDayCalendar;
import org.plenary.core.people.application.People;
import org.plenary.core.people.domain.Organisation;
import org.plenary.core.people.domain.OrganisationCategory;
import org.plenary.core.security.domain.Roles;

/**
 * A coordination round on version 1 of the Handbook, drafted by the OECD Secretariat, opened 30
 * working days ago with the usual 15: Luxembourg's Ministry for Digitalisation approved with a
 * remark (recorded by the secretariat), which the drafter partly accepted; Estonia's Ministry of
 * Economic Affairs is overdue.
 */
@Stateless
@RunAs(Roles.SECRETARIAT)
public class DemoCoordination {
  static final String ESTONIAN_MINISTRY =
      "Ministry of Economic Affairs and Communications (Estonia)";

  @Inject Coordination coordination;
  @Inject People people;
  @Inject Clock clock;

  /** Creates the round once; safe to call on every start. */
  public void load() {
    Long handbook = coordination.findDraft(DemoGroups.TASK_FORCE, DemoGroups.HANDBOOK).orElse(null);
    if (handbook == null || coordination.countRoundsOf(handbook) > 0) {
      return;
    }
    Organisation secretariat = people.findOrganisation("OECD Secretariat").orElseThrow();
    Organisation luxembourg =
        people.findOrganisation("Ministry for Digitalisation (Luxembourg)").orElseThrow();
    Organisation estonia =
        people.organisation(ESTONIAN_MINISTRY, "MKM", OrganisationCategory.MINISTRY, "EE");
    ZoneId tallinn = ZoneId.of("Europe/Tallinn");
    WorkingDayCalendar calendar = coordination.calendar("EE");
    LocalDate opened = calendar.subtractWorkingDays(LocalDate.now(clock.withZone(tallinn)), 30);

    RoundForm form = new RoundForm();
    form.setDraftId(handbook);
    form.setDraftVersion(1);
    form.setDrafterId(secretariat.getId());
    form.setBodies(List.of(luxembourg.getId(), estonia.getId()));
    form.setOpensAt(opened.atTime(LocalTime.of(9, 0)));
    form.setTimeZone(tallinn.getId());
    form.setJurisdiction("EE");
    CoordinationRound round = coordination.start(form);
    PositionEntry position =
        coordination.givePosition(
            round.getId(),
            luxembourg.getId(),
            Position.APPROVE_WITH_REMARKS,
            "Luxembourg supports the Handbook.",
            List.of(
                new RemarkText(
                    RemarkKind.ORDINARY,
                    "s4",
                    "Name the coordination bodies of smaller administrations as examples too.")));
    // the drafter has answered it already; Estonia's position is still awaited
    coordination.answer(
        round.getId(),
        position.getId(),
        1,
        RemarkOutcome.PARTLY_ACCEPTED,
        "Luxembourg's Inter-Ministerial Committee for Digitalisation becomes an example in"
            + " section 4; smaller administrations' bodies follow in the next version.",
        null);
  }
}
