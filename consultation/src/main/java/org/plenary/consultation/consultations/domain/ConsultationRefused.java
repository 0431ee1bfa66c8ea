package org.plenary.consultation.consultations.domain;

import jakarta.ejb.ApplicationException;

/**
 * Something a consultation's rules do not allow; {@link #code()} says which and {@link #field()}
 * names the input to correct, when there is one.
 */
@ApplicationException(rollback = true)
public class ConsultationRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why; the interface words each one. */
  public enum Code {
    /** A comment outside the open period. */
    CONSULTATION_CLOSED(422),
    TEXT_MISSING(422),
    TEXT_TOO_LONG(422),
    NAME_MISSING(422),
    EMAIL_INVALID(422),
    CATEGORY_UNKNOWN(422),
    COUNTRY_UNKNOWN(422),
    SECTION_UNKNOWN(422),
    PERIOD_INVALID(422),
    TIME_ZONE_UNKNOWN(422),
    TITLE_INVALID(422),
    REASON_MISSING(422),
    JUSTIFICATION_MISSING(422),
    OUTCOME_UNKNOWN(422),
    DRAFT_CANNOT_BE_CONSULTED(422),
    /** A fundamental objection of the draft's coordination round is not settled yet. */
    COORDINATION_UNSETTLED(422),
    /** The report is published once the consultation has closed. */
    REPORT_NOT_READY(422),
    /** The report is seen before its publication by the drafter and the secretariat only. */
    REPORT_NOT_PUBLISHED(403),
    /** An attachment token that is unknown or taken by another comment. */
    ATTACHMENT_REFUSED(422),
    /** The link of the confirmation mail is unknown or was used. */
    TOKEN_INVALID(400),
    /** Only the drafter (its creator, a coordinator of the owning group) or the secretariat. */
    NOT_THE_DRAFTER(403);

    private final int status;

    Code(int status) {
      this.status = status;
    }

    /** The HTTP status the API answers with. */
    public int status() {
      return status;
    }
  }

  private final Code code;
  private final String field;

  public ConsultationRefused(Code code, String field, String message) {
    super(message);
    this.code = code;
    this.field = field;
  }

  public Code code() {
    return code;
  }

  public String field() {
    return field;
  }
}
