package org.plenary.core.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The one place that decides what time it is; domain code gets a {@link Clock} injected. */
@ApplicationScoped
public class Clocks {
  @Produces
  Clock clock() {
    return Clock.systemUTC();
  }
}
