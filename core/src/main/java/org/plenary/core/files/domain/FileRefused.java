package org.plenary.core.files.domain;

import jakarta.ejb.ApplicationException;

/** An upload that is not kept; {@link #rule()} says why. */
@ApplicationException(rollback = true)
public class FileRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why an upload was refused; the interface words each one. */
  public enum Rule {
    /** No content at all. */
    EMPTY,
    /** More bytes than the configured limit. */
    TOO_LARGE,
    /** Not a PDF, DOCX or ODT by its content, whatever its name says. */
    TYPE_NOT_ALLOWED,
    /** An archive with too many entries or too much content once inflated (a "zip bomb"). */
    ARCHIVE_TOO_LARGE
  }

  private final Rule rule;

  public FileRefused(Rule rule, String message) {
    super(message);
    this.rule = rule;
  }

  public Rule rule() {
    return rule;
  }
}
