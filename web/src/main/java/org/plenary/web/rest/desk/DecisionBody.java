package org.plenary.web.rest.desk;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code PUT /api/meetings/{id}/registrations/{rid}/decision} (a class: see
 * RegistrationRequest): {@code APPROVED}, {@code DECLINED} (with a reason) or {@code CANCELLED}.
 */
public class DecisionBody {
  /** What the desk decides. */
  public enum Decision {
    APPROVED,
    DECLINED,
    CANCELLED
  }

  @NotNull public Decision decision;

  @Size(max = 500)
  public String reason;
}
