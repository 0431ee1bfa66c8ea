package org.plenary.web.rest.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The body that carries a mailed link's token, and for setting a password the new password. A
 * class, not a record: Payara's OpenAPI generator fails on constraints of record components.
 */
public class TokenBody {
  @NotBlank
  @Size(max = 200)
  private String token;

  @Size(min = 8, max = 200)
  private String password;

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
