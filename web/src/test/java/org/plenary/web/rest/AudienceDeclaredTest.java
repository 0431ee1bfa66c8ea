package org.plenary.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every REST operation names its audience, which {@link Audience} enforces before anything else.
 */
class AudienceDeclaredTest {
  @Test
  void everyOperationDeclaresWhoMayCallIt() {
    assertThat(RestResources.resources()).as("resource classes found").hasSizeGreaterThan(5);
    List<String> undeclared =
        RestResources.operations()
            .filter(m -> Audience.callers(m, m.getDeclaringClass()) == null)
            .map(Method::toString)
            .toList();
    assertThat(undeclared).as("operations whose method and class name no @Callers").isEmpty();
  }
}
