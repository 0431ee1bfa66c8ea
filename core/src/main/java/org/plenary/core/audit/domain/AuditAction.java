package org.plenary.core.audit.domain;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every kind of change the audit log records, by the code stored with each entry.
 *
 * <p>The codes are machine identifiers: the database holds them, and the API and the CSV export
 * show them as they are, so a code is never renamed. The pages show the words for each constant
 * ({@code audit.action.<code>} in the interface's bundles) instead. Entries written by older builds
 * may hold codes no longer listed here: {@link #fromCode} finds nothing for them, and readers show
 * the code itself.
 */
public enum AuditAction {
  ACCOUNT_OPENED("account.opened"),
  ACCOUNT_REQUEST_SUBMITTED("account-request.submitted"),
  ACCOUNT_REQUEST_CONFIRMED("account-request.confirmed"),
  ACCOUNT_REQUEST_REPEATED("account-request.repeated"),
  ACCOUNT_REQUEST_APPROVED("account-request.approved"),
  ACCOUNT_REQUEST_DECLINED("account-request.declined"),
  INVITATION_SENT("invitation.sent"),
  PRIVACY_ERASED("privacy.erased"),

  GROUP_CREATED("group.created"),
  GROUP_MEMBER_ADDED("group.member.added"),
  GROUP_MEMBER_ROLE_CHANGED("group.member.role-changed"),
  GROUP_MEMBER_REMOVED("group.member.removed"),

  DRAFT_STARTED("draft.started"),
  DRAFT_VERSION_SAVED("draft.version.saved"),
  DRAFT_SHARED("draft.shared"),
  DRAFT_CONSULTATION_OPENED("draft.consultation-opened"),
  DRAFT_FINALISED("draft.finalised"),

  MEETING_PLANNED("meeting.planned"),
  MEETING_REVISED("meeting.revised"),
  MEETING_ROLES_APPOINTED("meeting.roles.appointed"),
  MEETING_COPIED("meeting.copied"),
  MEETING_DELETED("meeting.deleted"),
  AGENDA_DAY_ADDED("agenda.day.added"),
  AGENDA_DAY_REVISED("agenda.day.revised"),
  AGENDA_DAY_REMOVED("agenda.day.removed"),
  AGENDA_ITEM_ADDED("agenda.item.added"),
  AGENDA_ITEM_REVISED("agenda.item.revised"),
  AGENDA_ITEM_MOVED("agenda.item.moved"),
  AGENDA_ITEM_REMOVED("agenda.item.removed"),
  AGENDA_SESSION_SPLIT("agenda.session.split"),
  AGENDA_ROOM_RENAMED("agenda.room.renamed"),
  AGENDA_PUBLISHED("agenda.published"),

  DELEGATION_FORMED("delegation.formed"),
  DELEGATION_CHANGED("delegation.changed"),
  DELEGATION_SUBSTITUTION("delegation.substitution"),

  REGISTRATION_CREATED("registration.created"),
  REGISTRATION_CHANGED("registration.changed"),
  REGISTRATION_CANCELLED("registration.cancelled"),
  REGISTRATION_APPROVED("registration.approved"),
  REGISTRATION_DECLINED("registration.declined"),
  REGISTRATION_PROMOTED("registration.promoted"),
  REGISTRATION_DEADLINE_SET("registration.deadline-set"),
  SOCIAL_EVENT_CAPACITY_SET("social-event.capacity-set"),

  FEEDBACK_FORM_DEFINED("feedback.form-defined"),
  FEEDBACK_FORM_REVISED("feedback.form-revised"),
  FEEDBACK_KEY_QUESTIONS_OPENED("feedback.key-questions-opened"),
  FEEDBACK_KEY_QUESTIONS_CLOSED("feedback.key-questions-closed"),

  MINUTES_WRITTEN("minutes.written"),
  MINUTES_RAPPORTEUR_NAMED("minutes.rapporteur-named"),
  MINUTES_CIRCULATED("minutes.circulated"),
  MINUTES_CORRECTION_PROPOSED("minutes.correction-proposed"),
  MINUTES_CORRECTION_DECIDED("minutes.correction-decided"),
  MINUTES_APPROVED("minutes.approved"),
  ACTION_RECORDED("action.recorded"),
  ACTION_PROGRESSED("action.progressed"),
  ACTION_REMINDER_SENT("action.reminder.sent"),

  CONSULTATION_OPENED("consultation.opened"),
  CONSULTATION_COMMENTS_BULK("consultation.comments.bulk"),
  CONSULTATION_CAMPAIGN_ANSWERED("consultation.campaign.answered"),
  CONSULTATION_COMMENT_HIDDEN("consultation.comment.hidden"),
  CONSULTATION_COMMENT_ANSWERED("consultation.comment.answered"),
  CONSULTATION_REPORT_PUBLISHED("consultation.report.published"),

  COORDINATION_ROUND_STARTED("coordination.round.started"),
  COORDINATION_POSITION_GIVEN("coordination.position.given"),
  COORDINATION_REMARK_SETTLED("coordination.remark.settled"),
  COORDINATION_REMARK_ANSWERED("coordination.remark.answered"),
  COORDINATION_REMINDER_SENT("coordination.reminder.sent"),
  COORDINATION_TABLE_PUBLISHED("coordination.table.published"),
  COORDINATION_ROUND_CLOSED("coordination.round.closed");

  private static final Map<String, AuditAction> BY_CODE =
      Arrays.stream(values()).collect(Collectors.toMap(AuditAction::code, Function.identity()));

  private final String code;

  AuditAction(String code) {
    this.code = code;
  }

  /** The code stored with the entry and shown by the API and the export. */
  public String code() {
    return code;
  }

  /** The action with this code; empty for a code of an older build (or none). */
  public static Optional<AuditAction> fromCode(String code) {
    return Optional.ofNullable(code == null ? null : BY_CODE.get(code));
  }
}
