package org.plenary.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.JsonbException;
import org.junit.jupiter.api.Test;

/** The property a refused JSON body is named by, from JSON-B's (Yasson's) messages. */
class ProblemMapperTest {
  @Test
  void namesTheInnermostPropertyJsonBCouldNotBind() {
    JsonbException nested =
        new JsonbException(
            "Unable to deserialize property 'days' because of: x",
            new IllegalStateException(
                "Unable to deserialize property 'seats' because of: Error deserialize JSON value"
                    + " into type: class java.lang.Integer."));
    assertThat(ProblemMapper.jsonProperty(nested)).isEqualTo("seats");
  }

  @Test
  void namesNoPropertyWhenNoMessageNamesOneOrTheNameIsNoIdentifier() {
    assertThat(ProblemMapper.jsonProperty(new JsonbException("Unexpected char 39 at (line 1)")))
        .isNull();
    assertThat(
            ProblemMapper.jsonProperty(
                new JsonbException("Unable to deserialize property '<script>' because of: x")))
        .isNull();
    assertThat(ProblemMapper.jsonProperty(new JsonbException(null))).isNull();
  }
}
