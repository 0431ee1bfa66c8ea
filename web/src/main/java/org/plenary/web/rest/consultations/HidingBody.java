package org.plenary.web.rest.consultations;

import jakarta.validation.constraints.NotBlank;

/** The body of hiding a comment: the reason shown in its place. */
public class HidingBody {
  @NotBlank public String reason;
}
