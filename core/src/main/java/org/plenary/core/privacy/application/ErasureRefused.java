package org.plenary.core.privacy.application;

import jakarta.ejb.ApplicationException;

/** An erasure not confirmed with the caller's own user name; nothing is erased. */
@ApplicationException(rollback = true)
public class ErasureRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ErasureRefused(String message) {
    super(message);
  }
}
