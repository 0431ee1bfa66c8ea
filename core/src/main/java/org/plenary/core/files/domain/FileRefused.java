package org.plenary.core.files.domain;

import jakarta.ejb.ApplicationException;
import org.plenary.core.shared.Refusal;

/** An upload that is not kept; {@link #rule()} says why. */
@ApplicationException(rollback = true)
public class FileRefused extends Refusal {
  private static final long serialVersionUID = 1L;

  /** Why an upload was refused; the interface words each one. */
  public enum Rule implements Refusal.Reason {
    /** No content at all. */
    EMPTY,
    /** More bytes than the configured limit. */
    TOO_LARGE,
    /** Not a PDF, DOCX or ODT by its content, whatever its name says. */
    TYPE_NOT_ALLOWED,
    /** An archive with too many entries or too much content once inflated (a "zip bomb"). */
    ARCHIVE_TOO_LARGE
  }

  public FileRefused(Rule rule, String message) {
    super(rule, null, message);
  }

  public Rule rule() {
    return (Rule) reason();
  }

  @Override
  public Kind kind() {
    return switch (rule()) {
      case TOO_LARGE -> Kind.TOO_LARGE;
      default -> Kind.INVALID;
    };
  }
}
