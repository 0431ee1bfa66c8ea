package org.plenary.web.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plenary.web.it.PlenaryProcess;

/**
 * A setting Plenary cannot read stops {@code plenary.jar} at once, with a message naming the
 * setting and no stack trace to dig through when the launcher reads it: Payara Micro alone would
 * keep running with nothing deployed, a live process that a service manager cannot tell from a
 * working one and that answers every request with 404. The launcher is the same on either database,
 * so once, on PostgreSQL.
 */
class BadSettingOnPostgresIT {

  @Test
  void aMailGiveUpThatIsNotADurationStopsTheStartWithItsName() {
    assertThat(logOfRefusedStart("bad-setting", "PLENARY_MAIL_GIVE_UP_AFTER", "5days"))
        .contains("PLENARY_MAIL_GIVE_UP_AFTER")
        .contains("not an ISO-8601 duration")
        .contains("Plenary could not start");
  }

  @Test
  void aThreadLimitThatIsNotANumberStopsTheStartWithItsName() {
    assertThat(logOfRefusedStart("bad-threads", "PLENARY_HTTP_THREADS", "many"))
        .contains("Plenary could not start: PLENARY_HTTP_THREADS must be a whole number")
        .contains("\"many\"")
        .doesNotContain("NumberFormatException");
  }

  private static String logOfRefusedStart(String name, String setting, String value) {
    PlenaryProcess.Refusal refusal =
        PlenaryProcess.refusedStart(name, Map.of(setting, value), Duration.ofMinutes(2));
    assertThat(refusal.exitCode()).as("plenary.jar's exit code").isEqualTo(1);
    return refusal.log();
  }
}
