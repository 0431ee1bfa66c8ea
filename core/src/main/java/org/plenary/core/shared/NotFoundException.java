package org.plenary.core.shared;

import jakarta.ejb.ApplicationException;

/** Something the caller asked for by its identity does not exist (or is not visible to them). */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String kind;
  private final String identity;

  public NotFoundException(String kind, Object identity) {
    super(kind + " " + identity + " does not exist");
    this.kind = kind;
    this.identity = String.valueOf(identity);
  }

  /** What was looked for, e.g. {@code meeting}. */
  public String kind() {
    return kind;
  }

  public String identity() {
    return identity;
  }
}
