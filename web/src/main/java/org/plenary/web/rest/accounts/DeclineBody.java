package org.plenary.web.rest.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the secretariat declines a request; the person is told. */
public class DeclineBody {
  @NotBlank
  @Size(max = 1000)
  private String reason;

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
