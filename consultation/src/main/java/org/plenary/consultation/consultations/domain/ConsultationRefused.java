package org.plenary.consultation.consultations.domain;

import jakarta.ejb.ApplicationException;
import org.plenary.core.shared.Refusal;

/**
 * Something a consultation's rules do not allow; {@link #code()} says which and {@link #field()}
 * names the input to correct, when there is one.
 */
@ApplicationException(rollback = true)
public class ConsultationRefused extends Refusal {
  private static final long serialVersionUID = 1L;

  /** Why; the interface words each one. */
  public enum Code implements Refusal.Reason {
    /** A comment outside the open period. */
    CONSULTATION_CLOSED(Refusal.Kind.INVALID),
    TEXT_MISSING(Refusal.Kind.INVALID),
    TEXT_TOO_LONG(Refusal.Kind.INVALID),
    NAME_MISSING(Refusal.Kind.INVALID),
    EMAIL_INVALID(Refusal.Kind.INVALID),
    CATEGORY_UNKNOWN(Refusal.Kind.INVALID),
    COUNTRY_UNKNOWN(Refusal.Kind.INVALID),
    SECTION_UNKNOWN(Refusal.Kind.INVALID),
    PERIOD_INVALID(Refusal.Kind.INVALID),
    TIME_ZONE_UNKNOWN(Refusal.Kind.INVALID),
    TITLE_INVALID(Refusal.Kind.INVALID),
    REASON_MISSING(Refusal.Kind.INVALID),
    JUSTIFICATION_MISSING(Refusal.Kind.INVALID),
    OUTCOME_UNKNOWN(Refusal.Kind.INVALID),
    /** A response resolved in a version of the draft that does not exist. */
    VERSION_UNKNOWN(Refusal.Kind.INVALID),
    DRAFT_CANNOT_BE_CONSULTED(Refusal.Kind.INVALID),
    /** A fundamental objection of the draft's coordination round is not settled yet. */
    COORDINATION_UNSETTLED(Refusal.Kind.INVALID),
    /** The report is published once the consultation has closed. */
    REPORT_NOT_READY(Refusal.Kind.INVALID),
    /** The report is seen before its publication by the drafter and the secretariat only. */
    REPORT_NOT_PUBLISHED(Refusal.Kind.NOT_ALLOWED),
    /** An attachment token that is unknown or taken by another comment. */
    ATTACHMENT_REFUSED(Refusal.Kind.INVALID),
    /** The link of the confirmation mail is unknown or was used. */
    TOKEN_INVALID(Refusal.Kind.MALFORMED),
    /** The report is published: its comments and answers no longer change. */
    REPORT_PUBLISHED(Refusal.Kind.CONFLICT),
    /** An idempotency key that another request (another author, another text) was stored under. */
    KEY_REUSED(Refusal.Kind.INVALID),
    /** Someone else answered or hid the same comment at the same moment. */
    CHANGED_MEANWHILE(Refusal.Kind.CONFLICT),
    /** Only the drafter (its creator, a coordinator of the owning group) or the secretariat. */
    NOT_THE_DRAFTER(Refusal.Kind.NOT_ALLOWED);

    private final Refusal.Kind kind;

    Code(Refusal.Kind kind) {
      this.kind = kind;
    }
  }

  public ConsultationRefused(Code code, String field, String message) {
    super(code, field, message);
  }

  public Code code() {
    return (Code) reason();
  }

  @Override
  public Kind kind() {
    return code().kind;
  }
}
