package org.plenary.web.rest;

import jakarta.ejb.ApplicationException;

/**
 * A request parameter the API cannot accept; answered as a 400 problem naming the field. Thrown by
 * resources that are session beans too, it is the caller's mistake, not the container's failure:
 * thrown on as it is (not logged with its stack trace as a system exception), rolling back.
 */
@ApplicationException(rollback = true)
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
