package org.plenary.web.rest.privacy;

/** An erasure request: {@code confirmation}, the caller's own user name typed again. */
public class ErasureBody {
  private String confirmation;

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }
}
