package org.plenary.core.security.domain;

/** Role names as compile-time constants, for {@code @RolesAllowed}. */
public final class Roles {
  public static final String SECRETARIAT = "SECRETARIAT";
  public static final String DELEGATE = "DELEGATE";
  public static final String MEMBER = "MEMBER";
  public static final String MINISTRY = "MINISTRY";

  private Roles() {}
}
