package org.plenary.core.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class MailBackoffTest {
  @Test
  void waitsAMinuteAfterTheFirstFailureAndDoublesThen() {
    assertThat(MailBackoff.after(1)).isEqualTo(Duration.ofMinutes(1));
    assertThat(MailBackoff.after(2)).isEqualTo(Duration.ofMinutes(2));
    assertThat(MailBackoff.after(3)).isEqualTo(Duration.ofMinutes(4));
    assertThat(MailBackoff.after(6)).isEqualTo(Duration.ofMinutes(32));
  }

  @Test
  void neverWaitsMoreThanAnHour() {
    assertThat(MailBackoff.after(7)).isEqualTo(Duration.ofHours(1));
    assertThat(MailBackoff.after(1_000)).isEqualTo(Duration.ofHours(1));
    assertThat(MailBackoff.after(Integer.MAX_VALUE)).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void treatsNoFailureAsTheFirst() {
    assertThat(MailBackoff.after(0)).isEqualTo(Duration.ofMinutes(1));
  }
}
