package org.plenary.web.errors;

import java.util.Optional;

/** Reads what a failure was caused by, down its chain of causes. */
public final class Causes {
  private Causes() {}

  /** The first throwable of this type in the chain, the failure itself included. */
  public static <T extends Throwable> Optional<T> first(Throwable thrown, Class<T> type) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return Optional.of(type.cast(cause));
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return Optional.empty();
  }
}
