package org.plenary.core.privacy.application;

import jakarta.ejb.ApplicationException;
import org.plenary.core.shared.Refusal;

/** An erasure not confirmed with the caller's own user name; nothing is erased. */
@ApplicationException(rollback = true)
public class ErasureRefused extends Refusal {
  private static final long serialVersionUID = 1L;

  /** The one reason. */
  public enum Rule implements Refusal.Reason {
    NOT_CONFIRMED
  }

  public ErasureRefused(String message) {
    super(Rule.NOT_CONFIRMED, "confirmation", message);
  }
}
