package org.plenary.web.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call an operation, or every operation of a resource class that does not say otherwise:
 * {@link #ANYONE}, {@link #ACCOUNTS} (anyone signed in), or role names. {@link Audience} checks it
 * before the request is read. Our own annotation rather than {@code @RolesAllowed}: Payara asks for
 * authentication on every operation of a JAX-RS class that carries {@code @RolesAllowed} anywhere,
 * even on an operation marked {@code @PermitAll} (seen with the public {@code POST
 * /api/account-requests} beside the secretariat's {@code GET}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Callers {
  /** Everyone, signed in or not. */
  String ANYONE = "*anyone";

  /** Any signed-in account, whatever its roles. */
  String ACCOUNTS = "*accounts";

  String[] value();
}
