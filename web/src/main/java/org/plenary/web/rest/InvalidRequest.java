package org.plenary.web.rest;

/** A request parameter the API cannot accept; answered as a 400 problem naming the field. */
public class InvalidRequest extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String field;

  public InvalidRequest(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
