package org.plenary.web.rest.consultations;

import jakarta.validation.constraints.NotBlank;

/** The token of the link mailed to someone who commented without signing in. */
public class ConfirmationBody {
  @NotBlank public String token;
}
