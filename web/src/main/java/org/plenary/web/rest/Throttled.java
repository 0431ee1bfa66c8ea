package org.plenary.web.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.plenary.web.security.RateLimits;

/** An operation whose use {@link Throttle} limits per client (see {@link RateLimits}). */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Throttled {
  RateLimits.Action value();
}
