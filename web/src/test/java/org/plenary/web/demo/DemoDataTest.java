package org.plenary.web.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The demo story loads as asked, else on the embedded H2 database only. */
class DemoDataTest {
  private static final String H2 = "jdbc:h2:file:./data/db/plenary;DB_CLOSE_ON_EXIT=FALSE";
  private static final String POSTGRESQL = "jdbc:postgresql://db.example.org:5432/plenary";

  @Test
  void loadsUnaskedOnTheEmbeddedH2DatabaseOnly() {
    assertThat(DemoData.loads(Optional.empty(), H2)).isTrue();
    assertThat(DemoData.loads(Optional.empty(), POSTGRESQL)).isFalse();
  }

  @Test
  void loadsAsAskedOnAnyDatabase() {
    assertThat(DemoData.loads(Optional.of(true), POSTGRESQL)).isTrue();
    assertThat(DemoData.loads(Optional.of(false), H2)).isFalse();
  }
}
