package org.plenary.agenda.meetings.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class VenueTest {
  @Test
  void writesTheCityAfterTheAddressUnlessItsLastLineNamesItAlready() {
    assertThat(
            new Venue(
                    "OECD Conference Centre", List.of("2 rue André Pascal", "75016 Paris"), "Paris")
                .getPostalLines())
        .containsExactly("2 rue André Pascal", "75016 Paris");
    assertThat(
            new Venue("Egmont Palace", List.of("Place du Petit Sablon 8"), "Brussels")
                .getPostalLines())
        .containsExactly("Place du Petit Sablon 8", "Brussels");
    assertThat(new Venue("To be announced", List.of(), "Tallinn").getPostalLines())
        .containsExactly("Tallinn");
  }
}
