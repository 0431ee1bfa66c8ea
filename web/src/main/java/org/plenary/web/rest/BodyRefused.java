package org.plenary.web.rest;

/**
 * A request body the API will not read: too large, not JSON, nested too deeply. Answered as a
 * problem with the status and the {@code code} given.
 */
public class BodyRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why the body was refused; each has its HTTP status. */
  public enum Code {
    BODY_TOO_LARGE(413, "Content Too Large"),
    BODY_NOT_JSON(400, "Bad Request"),
    BODY_TOO_DEEP(400, "Bad Request");

    private final int status;
    private final String title;

    Code(int status, String title) {
      this.status = status;
      this.title = title;
    }

    public int status() {
      return status;
    }

    public String title() {
      return title;
    }
  }

  private final Code code;

  public BodyRefused(Code code, String message) {
    super(message);
    this.code = code;
  }

  public Code code() {
    return code;
  }
}
