package org.plenary.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
  private final AtomicLong now = new AtomicLong(1_000_000_000L);

  @Test
  void aQuietClientMayUseItsWholeBurstThenWaitsForTheNextPermit() {
    RateLimiter limiter = new RateLimiter(new Rate(3, Duration.ofMinutes(3)), now::get);

    assertThat(limiter.take("a")).isEmpty();
    assertThat(limiter.take("a")).isEmpty();
    assertThat(limiter.take("a")).isEmpty();
    Optional<Duration> wait = limiter.take("a");

    assertThat(wait).hasValue(Duration.ofMinutes(1));
    assertThat(limiter.take("b")).as("another client").isEmpty();
    now.addAndGet(Duration.ofSeconds(59).toNanos());
    assertThat(limiter.take("a")).hasValue(Duration.ofSeconds(1));
    now.addAndGet(Duration.ofSeconds(1).toNanos());
    assertThat(limiter.take("a")).isEmpty();
    assertThat(limiter.take("a")).isPresent();
  }

  @Test
  void refusedAttemptsDoNotPushTheNextPermitFurtherAway() {
    RateLimiter limiter = new RateLimiter(new Rate(1, Duration.ofSeconds(10)), now::get);
    limiter.take("a");
    for (int i = 0; i < 100; i++) {
      limiter.take("a");
    }
    now.addAndGet(Duration.ofSeconds(10).toNanos());

    assertThat(limiter.take("a")).isEmpty();
  }

  @Test
  void aFloodOfAddressesIsForgottenOnceTheyHaveGoneQuiet() {
    RateLimiter limiter = new RateLimiter(new Rate(5, Duration.ofSeconds(5)), now::get);
    for (int i = 0; i <= 50_000; i++) {
      limiter.take("10.0." + i);
    }
    now.addAndGet(Duration.ofSeconds(5).toNanos());

    limiter.take("late");

    assertThat(limiter.clients()).isEqualTo(1);
  }

  @Test
  void offLetsEverythingThrough() {
    RateLimiter limiter = new RateLimiter(Rate.parse("off"), now::get);
    for (int i = 0; i < 1000; i++) {
      assertThat(limiter.take("a")).isEmpty();
    }
  }

  @Test
  void ratesReadAsPermitsPerDuration() {
    assertThat(Rate.parse("60/PT10M")).isEqualTo(new Rate(60, Duration.ofMinutes(10)));
    assertThat(Rate.parse(" 5/1h ")).isEqualTo(new Rate(5, Duration.ofHours(1)));
    assertThat(Rate.parse("OFF").isOff()).isTrue();
    assertThatThrownBy(() -> Rate.parse("60")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Rate.parse("x/PT1M")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Rate.parse("5/PT0S")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theClientIsTheLastAddressNoTrustedProxyAdded() {
    ClientAddresses addresses = new ClientAddresses(Set.of("127.0.0.1", "10.0.0.2"));

    assertThat(addresses.client("192.0.2.1", "203.0.113.9"))
        .as("not via a proxy")
        .isEqualTo("192.0.2.1");
    assertThat(addresses.client("127.0.0.1", null)).isEqualTo("127.0.0.1");
    assertThat(addresses.client("127.0.0.1", "6.6.6.6, 203.0.113.9")).isEqualTo("203.0.113.9");
    assertThat(addresses.client("127.0.0.1", "203.0.113.9, 10.0.0.2")).isEqualTo("203.0.113.9");
    assertThat(addresses.client("127.0.0.1", " , 10.0.0.2")).isEqualTo("127.0.0.1");
    assertThat(ClientAddresses.list(" a, ,b ")).containsExactlyInAnyOrder("a", "b");
  }
}
