package org.plenary.core.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AuditActionTest {
  /**
   * The codes as the database, the API and the CSV export hold them since before the constants
   * existed: a constant may be added, never renamed.
   */
  private static final String[] STORED_CODES = {
    "account.opened",
    "account-request.submitted",
    "account-request.confirmed",
    "account-request.repeated",
    "account-request.approved",
    "account-request.declined",
    "invitation.sent",
    "privacy.erased",
    "group.created",
    "group.member.added",
    "group.member.role-changed",
    "group.member.removed",
    "draft.started",
    "draft.version.saved",
    "draft.shared",
    "draft.consultation-opened",
    "draft.finalised",
    "meeting.planned",
    "meeting.revised",
    "meeting.roles.appointed",
    "meeting.copied",
    "meeting.deleted",
    "agenda.day.added",
    "agenda.day.revised",
    "agenda.day.removed",
    "agenda.item.added",
    "agenda.item.revised",
    "agenda.item.moved",
    "agenda.item.removed",
    "agenda.session.split",
    "agenda.room.renamed",
    "agenda.published",
    "delegation.formed",
    "delegation.changed",
    "delegation.substitution",
    "registration.created",
    "registration.changed",
    "registration.cancelled",
    "registration.approved",
    "registration.declined",
    "registration.promoted",
    "registration.deadline-set",
    "social-event.capacity-set",
    "feedback.form-defined",
    "feedback.form-revised",
    "feedback.key-questions-opened",
    "feedback.key-questions-closed",
    "minutes.written",
    "minutes.rapporteur-named",
    "minutes.circulated",
    "minutes.correction-proposed",
    "minutes.correction-decided",
    "minutes.approved",
    "action.recorded",
    "action.progressed",
    "action.reminder.sent",
    "consultation.opened",
    "consultation.comments.bulk",
    "consultation.campaign.answered",
    "consultation.comment.hidden",
    "consultation.comment.answered",
    "consultation.report.published",
    "coordination.round.started",
    "coordination.position.given",
    "coordination.remark.settled",
    "coordination.remark.answered",
    "coordination.reminder.sent",
    "coordination.table.published",
    "coordination.round.closed"
  };

  @Test
  void keepsTheCodesTheLogAlreadyHolds() {
    assertThat(Arrays.stream(AuditAction.values()).map(AuditAction::code))
        .containsExactlyInAnyOrder(STORED_CODES);
  }

  @Test
  void givesEveryActionItsOwnCode() {
    assertThat(Arrays.stream(AuditAction.values()).map(AuditAction::code)).doesNotHaveDuplicates();
  }

  @ParameterizedTest
  @EnumSource(AuditAction.class)
  void writesEachCodeAsLowerCaseDottedWords(AuditAction action) {
    assertThat(action.code()).matches("[a-z]+(-[a-z]+)*(\\.[a-z]+(-[a-z]+)*)+");
  }

  @ParameterizedTest
  @EnumSource(AuditAction.class)
  void findsEachActionByItsCode(AuditAction action) {
    assertThat(AuditAction.fromCode(action.code())).contains(action);
  }

  @Test
  void findsNothingForACodeOfAnOlderBuild() {
    assertThat(AuditAction.fromCode("meeting.archived")).isEmpty();
    assertThat(AuditAction.fromCode("MEETING_PLANNED")).as("the name is not the code").isEmpty();
    assertThat(AuditAction.fromCode(null)).isEmpty();
  }
}
