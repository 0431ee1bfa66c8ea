package org.plenary.web.rest.consultations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

/**
 * The drafter's answer to a comment: {@code outcome} ({@code accepted}, {@code partly_accepted},
 * {@code not_accepted}, {@code noted}), a justification, and optionally where it was resolved.
 */
public class ResponseBody {
  @NotBlank public String outcome;
  @NotBlank public String justification;
  @Positive public Integer resolvedInVersion;
  public String resolvedInSection;
}
